package dev.wscope.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.search.SearchQuery;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.FakeConnector;
import dev.wscope.testing.FakeDoctor;
import dev.wscope.ui.composer.ComposerViewModel;
import dev.wscope.ui.session.Drained;
import dev.wscope.ui.session.SessionViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save a tab's session, export what a filter kept, open a saved one in a tab of its own (files for real). */
class SessionCommandsTest {
    @TempDir
    Path folder;

    private final Workbench workbench = new Workbench();
    private final OpenRequests open = new OpenRequests(SessionCommandsTest::liveTab);
    private final SessionCommands commands = new SessionCommands(open, workbench, Runnable::run, Runnable::run);

    private static RequestTab liveTab() {
        SessionViewModel session = new SessionViewModel(new FakeConnector(), new FakeDoctor(), Runnable::run, Runnable::run,
                uri -> { });
        return new RequestTab(session, new ComposerViewModel(session, Runnable::run));
    }

    private RequestTab tabWithEvents() {
        RequestTab tab = open.selectedRequest().orElseThrow();
        SessionTimeline timeline = tab.session().timeline();
        timeline.append(new TimelineEvent.Connecting("ws://127.0.0.1:9/feed"));
        timeline.append(TimelineEvent.Message.text(Direction.OUT, "{\"op\":\"subscribe\"}"));
        timeline.append(TimelineEvent.Message.text(Direction.IN, "{\"price\":1}"));
        timeline.append(TimelineEvent.Message.text(Direction.IN, "{\"price\":2}"));
        tab.session().drain();
        return tab;
    }

    @Test
    void aSavedSession_opensInATabOfItsOwn_withEveryEvent_andNoConnection() throws Exception {
        RequestTab live = tabWithEvents();
        Path file = folder.resolve("feed.ndjson");

        commands.save(live, file).join();
        commands.open(file).join();

        SavedSessionTab saved = (SavedSessionTab) open.selected();
        assertEquals(2, open.tabs().size());
        assertEquals(java.util.Optional.empty(), open.selectedRequest(), "nothing to connect, save or diagnose");
        assertEquals("feed.ndjson", saved.titleProperty().get());
        assertFalse(saved.dirtyProperty().get());
        assertEquals(java.util.Optional.of("ws://127.0.0.1:9/feed"), saved.recordedAddress());
        assertEquals(4, saved.timelineModel().rows().size(), "every event on show, before any batch");
        assertEquals(Drained.NONE, open.drain(), "a saved session gives the batches nothing to take in");
        assertEquals("{\"price\":2}", ((TimelineEvent.Message) saved.timeline().get(3).event()).text());
        assertEquals(1, open.snapshot().size(), "a saved session's tab is not remembered: the file is");
        assertEquals(0, open.rememberedSelection());
        assertEquals(java.util.List.of(file.toAbsolutePath().toString()), open.savedSessions());
        assertTrue(workbench.notice().get().startsWith("Opened 4 events of "), workbench.notice().get());
    }

    @Test
    void theLastRunsSavedSessions_reopenInOrderBehindTheTabOnShow_andAFileGoneIsSaidAndSkipped() throws Exception {
        RequestTab live = tabWithEvents();
        Path first = folder.resolve("first.ndjson");
        Path second = folder.resolve("second.ndjson");
        commands.save(live, first).join();
        commands.save(live, second).join();

        commands.reopen(java.util.List.of(first.toString(), folder.resolve("gone.ndjson").toString(), second.toString()))
                .join();

        assertEquals(java.util.List.of("New request", "first.ndjson", "second.ndjson"),
                open.tabs().stream().map(tab -> tab.titleProperty().get()).toList());
        assertEquals(live, open.selected(), "the tab on show stays on show");
        assertEquals(4, open.tabs().get(2).timeline().size());
        assertEquals(java.util.List.of(first.toAbsolutePath().toString(), second.toAbsolutePath().toString()),
                open.savedSessions());
    }

    @Test
    void aSavedSessionStillBeingReopened_isRememberedOnce_beforeAndAfterItsTabExists() throws Exception {
        commands.save(tabWithEvents(), folder.resolve("big.ndjson")).join();
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        SessionCommands slow = new SessionCommands(open, workbench, queued::add, Runnable::run);
        String file = folder.resolve("big.ndjson").toAbsolutePath().toString();

        var done = slow.reopen(java.util.List.of(file));

        assertEquals(1, open.tabs().size(), "still being read");
        assertEquals(java.util.List.of(file), open.savedSessions());
        queued.forEach(Runnable::run);
        done.join();
        assertEquals(2, open.tabs().size());
        assertEquals(java.util.List.of(file), open.savedSessions());
    }

    @Test
    void aSavedSessionGoneSinceTheLastRun_isNotReopened_andTheStatusSaysSo() {
        commands.reopen(java.util.List.of(folder.resolve("gone.ndjson").toString())).join();

        assertEquals(1, open.tabs().size());
        assertTrue(workbench.notice().get().startsWith("Not reopened: ") && workbench.notice().get().contains("gone.ndjson"),
                workbench.notice().get());
        assertEquals(java.util.List.of(), open.savedSessions(), "forgotten once it could not be opened");
    }

    @Test
    void exportShown_writesOnlyWhatTheFilterKept() throws Exception {
        RequestTab live = tabWithEvents();
        live.session().timelineModel().rows().setFilter(new SearchQuery("price", false, false, Direction.IN, null)
                .toPredicate());
        Path file = folder.resolve("prices.ndjson");

        commands.exportShown(live, file).join();

        assertEquals(2, Files.readAllLines(file).size());
        assertTrue(Files.readString(file).contains("{\\\"price\\\":1}"), Files.readString(file));
        assertFalse(Files.readString(file).contains("subscribe"));
    }

    @Test
    void aDamagedFile_isNotOpened_andTheStatusSaysWhere() throws Exception {
        Path file = folder.resolve("damaged.ndjson");
        Files.writeString(file, "{\"seq\":1,\"time\":\"2026-11-22T14:00:00.123Z\",\"kind\":\"connecting\",\"url\":\"ws://h/\"}\n{oops\n");

        commands.open(file).join();

        assertEquals(1, open.tabs().size());
        assertTrue(workbench.notice().get().startsWith("Not opened: ") && workbench.notice().get().contains("line 2"),
                workbench.notice().get());
    }
}
