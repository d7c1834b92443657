package dev.wscope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.Waits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {
    private final SessionTimeline timeline = new SessionTimeline(() -> 0L);
    /** The "FX thread": what the model hands to its UI executor, run when the test says. */
    private final ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
    private final TimelineViewModel model = new TimelineViewModel(timeline, Runnable::run, ui::add);

    private void receive(int count) {
        for (int i = 0; i < count; i++) {
            timeline.append(TimelineEvent.Message.text(Direction.IN, "message " + i));
        }
        model.rows().advanceTo(timeline.size());
    }

    private void runUi() {
        for (Runnable task = ui.poll(); task != null; task = ui.poll()) {
            task.run();
        }
    }

    private List<String> texts() {
        List<String> shown = new ArrayList<>();
        model.rows().forEach(entry -> shown.add(entry.event() instanceof TimelineEvent.Message m ? m.text()
                : entry.event().kind()));
        return shown;
    }

    @Test
    void aSocketIoSessionsPingsAndPongs_hideBehindShowHeartbeats_countedAsTheyCome() {
        timeline.append(new TimelineEvent.Connecting("ws://127.0.0.1:3000/socket.io/?EIO=4&transport=websocket", false,
                "socket.io"));
        timeline.append(TimelineEvent.Message.text(Direction.IN, "0{\"sid\":\"a\",\"pingInterval\":500,\"pingTimeout\":500}"));
        model.advanceTo(timeline.size());
        runUi();
        timeline.append(TimelineEvent.Message.text(Direction.IN, "2"));
        timeline.append(TimelineEvent.Message.text(Direction.OUT, "3"));
        timeline.append(TimelineEvent.Message.text(Direction.IN, "42[\"chat\",\"hi\"]"));
        model.advanceTo(timeline.size());
        runUi();

        assertEquals(List.of("42[\"chat\",\"hi\"]", "0{\"sid\":\"a\",\"pingInterval\":500,\"pingTimeout\":500}", "connecting"),
                texts(), "newest first, the ping and its pong left out");
        assertEquals(2, model.heartbeatsHiddenProperty().get());
        assertEquals(true, model.anyProtocolProperty().get());

        model.showHeartbeatsProperty().set(true);
        runUi();
        assertEquals(5, model.rows().size());
    }

    @Test
    void theFilter_alsoFindsAProtocolMessageByTheWordsOfItsSummary() {
        timeline.append(new TimelineEvent.Connecting("ws://127.0.0.1:4000/graphql", false, "graphql"));
        timeline.append(TimelineEvent.Message.text(Direction.IN, "{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"a\":1}}}"));
        timeline.append(TimelineEvent.Message.text(Direction.IN, "{\"id\":\"2\",\"type\":\"next\",\"payload\":{\"data\":{\"a\":2}}}"));
        model.advanceTo(timeline.size());
        runUi();

        model.filterTextProperty().set("next #2");
        Waits.until("the filter's search", () -> {
            runUi();
            return model.rows().size() == 1;
        }, Duration.ofSeconds(5));

        assertEquals(List.of("{\"id\":\"2\",\"type\":\"next\",\"payload\":{\"data\":{\"a\":2}}}"), texts(),
                "\"#2\" is in the summary only");
    }

    @Test
    void rowsArrivingWhileNotFollowing_areCountedAsUnseen_untilFollowingAgain() {
        receive(3);
        assertEquals(0, model.unseenProperty().get(), "following: every row is in view");
        model.followProperty().set(false);
        receive(2);
        receive(5);
        assertEquals(7, model.unseenProperty().get());
        model.followProperty().set(true);
        assertEquals(0, model.unseenProperty().get());
    }

    @Test
    void aFilterReplacingTheRows_startsTheUnseenCountAfresh() {
        model.followProperty().set(false);
        receive(4);
        model.rows().clear();
        assertEquals(0, model.unseenProperty().get());
    }

    @Test
    void typing_searchesOnceWhenThePauseComes_notAtEveryKey() throws Exception {
        receive(10);
        List<Integer> replacements = new ArrayList<>();
        model.rows().addListener((ListChangeListener<TimelineEntry>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    replacements.add(c.getRemovedSize());
                }
            }
        });
        for (String typed : List.of("m", "me", "mes", "message 7")) {
            model.filterTextProperty().set(typed);
        }
        assertEquals(List.of(), replacements, "no key replaced the rows as it was typed");
        Waits.until("the search after the pause to end with one row", () -> {
            if (model.rows().size() == 1 && !model.searchingProperty().get()) {
                return true;
            }
            Runnable task = ui.poll(); // the search hands its results to the FX thread: here, this queue
            if (task != null) {
                task.run();
            }
            return false;
        }, Duration.ofSeconds(5));
        assertEquals(1, replacements.size(), "one search, for the words typed last");
        assertEquals("message 7", ((TimelineEvent.Message) model.rows().get(0).event()).text());
    }
}
