package dev.wscope.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.store.SessionFiles;
import dev.wscope.store.StoreException;
import dev.wscope.testing.FakeConnector;
import dev.wscope.testing.FakeDoctor;
import dev.wscope.ui.composer.ComposerViewModel;
import dev.wscope.ui.session.SessionViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved session's tab among the requests: named by its file, never dirty, never a request, closed with its file. */
class SavedSessionTabTest {
    @TempDir
    Path folder;

    private final OpenRequests open = new OpenRequests(SavedSessionTabTest::requestTab);

    private static RequestTab requestTab() {
        SessionViewModel session = new SessionViewModel(new FakeConnector(), new FakeDoctor(), Runnable::run, Runnable::run,
                uri -> { });
        return new RequestTab(session, new ComposerViewModel(session, Runnable::run));
    }

    private SavedSessionTab saved(String name, TimelineEvent... events) throws StoreException {
        SessionTimeline recorded = new SessionTimeline();
        for (TimelineEvent event : events) {
            recorded.append(event);
        }
        Path file = folder.resolve(name);
        SessionFiles.save(recorded, file);
        return new SavedSessionTab(SessionFiles.open(file), file, Runnable::run, Runnable::run);
    }

    @Test
    void itIsNamedByItsFile_isNeverDirty_andShowsEveryEventAtOnce() throws Exception {
        SavedSessionTab tab = saved("feed.ndjson", new TimelineEvent.Connecting("wss://example.test/feed"),
                TimelineEvent.Message.text(Direction.IN, "one"), TimelineEvent.Message.text(Direction.IN, "two"));

        assertEquals("feed.ndjson", tab.titleProperty().get());
        assertFalse(tab.dirtyProperty().get());
        assertEquals(3, tab.timelineModel().rows().size());
        assertEquals(Optional.of("wss://example.test/feed"), tab.recordedAddress());
        assertTrue(tab.traffic().textProperty().get().contains("totals ↓ 2"), tab.traffic().textProperty().get());
    }

    @Test
    void aSessionThatSpokeAProtocol_isReadInItsTerms() throws Exception {
        SavedSessionTab tab = saved("chat.ndjson", new TimelineEvent.Connecting("ws://h/socket.io/?EIO=4&transport=websocket", false,
                "socket.io"), TimelineEvent.Message.text(Direction.IN, "42[\"chat\",\"hi\"]"));

        assertTrue(tab.timelineModel().anyProtocolProperty().get(), "rows get their Summary, heartbeats their switch");
    }

    @Test
    void anExportOfChosenRows_hasNoRecordedAddress() throws Exception {
        assertEquals(Optional.empty(), saved("prices.ndjson", TimelineEvent.Message.text(Direction.IN, "1")).recordedAddress());
    }

    @Test
    void openingARequestWhileASavedSessionIsOnShow_opensItInARequestTab() throws Exception {
        RequestTab used = open.selectedRequest().orElseThrow();
        used.session().form().urlProperty().set("ws://h/typed"); // no longer pristine
        SavedSessionTab tab = saved("old.ndjson", TimelineEvent.Message.text(Direction.IN, "x"));
        open.add(tab, true);

        RequestTab opened = open.open(SavedRequest.of("Feed", "ws://h/feed"), List.of());

        assertNotSame(used, opened);
        assertSame(opened, open.selected());
        assertEquals(List.of(used, tab, opened), open.tabs());
        assertEquals(List.of(used, opened), open.requestTabs().toList());
        assertEquals(1, open.rememberedSelection(), "the tab on show among the requests, which are what is remembered");
    }

    @Test
    void closingIt_showsTheNeighbour_forgetsTheFile_andClosesIt() throws Exception {
        SavedSessionTab tab = saved("old.ndjson", TimelineEvent.Message.text(Direction.IN, "read back from the file"));
        open.add(tab, true);
        assertEquals(List.of(tab.file().toAbsolutePath().toString()), open.savedSessions());

        open.close(tab);

        assertEquals(1, open.tabs().size());
        assertTrue(open.selected() instanceof RequestTab);
        assertEquals(List.of(), open.savedSessions());
        assertTrue(Files.exists(tab.file()), "closing never deletes the user's file");
        assertThrows(StoreException.class, () -> SessionFiles.save(tab.timeline(), folder.resolve("copy.ndjson")),
                "its payloads were read from the file, which is closed now");
    }
}
