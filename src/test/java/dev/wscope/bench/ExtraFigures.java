package dev.wscope.bench;

import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.ui.timeline.TimelineViewModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;

/** The benchmark's other figures: a search over a million events, and opening a big message's detail. */
final class ExtraFigures {
    private ExtraFigures() {
    }

    /** Milliseconds until a million 100-byte messages are filtered by direction and two words (median of three). */
    static double searchMillionMillis() throws Exception {
        SessionTimeline timeline = millionMessages();
        // daemon threads, never shut down: the typed words' own search starts after the measure, once typing
        // pauses, and a pool shut down by then refused it on the FX thread
        var background = java.util.concurrent.Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "bench-search");
            thread.setDaemon(true);
            return thread;
        });
        double[] runs = new double[3];
        for (int run = 0; run < runs.length; run++) {
            // the garbage of building a million events (and of the run before) is collected before timing, so
            // a pause it causes is not counted as search time
            BenchMain.usedHeapAfterGc();
            CompletableFuture<Double> took = new CompletableFuture<>();
            Platform.runLater(() -> {
                TimelineViewModel model = new TimelineViewModel(timeline, background, Platform::runLater);
                model.rows().advanceTo(timeline.size());
                long start = System.nanoTime();
                model.searchingProperty().addListener((o, was, now) -> {
                    if (!now) {
                        took.complete((System.nanoTime() - start) / 1e6);
                        if (model.rows().size() != 143) {
                            took.obtrudeException(new IllegalStateException("found " + model.rows().size()));
                        }
                    }
                });
                // the words first: the direction then starts the search with both at once (typed words wait for
                // a pause, and a search by direction alone, done within it, ended the measure with its million)
                model.filterTextProperty().set("eth-usd 90999.25");
                model.directionProperty().set(Direction.IN);
            });
            runs[run] = took.get(60, TimeUnit.SECONDS);
        }
        java.util.Arrays.sort(runs);
        return runs[1];
    }

    /** A million JSON-ish messages of about 100 bytes, one in seven about ETH-USD. */
    static SessionTimeline millionMessages() {
        SessionTimeline timeline = new SessionTimeline();
        for (int i = 0; i < 1_000_000; i++) {
            String text = String.format("{\"seq\":%07d,\"symbol\":\"%s\",\"price\":%d.25,\"pad\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
                    i, i % 7 == 0 ? "ETH-USD" : "BTC-USD", 90_000 + i % 1000);
            timeline.append(TimelineEvent.Message.text(Direction.IN, text));
        }
        return timeline;
    }

    /**
     * Milliseconds from selecting a flood's message of minBytes or more (a flood of one) in the window to
     * its detail's first page on show.
     */
    static double openBigMessageMillis(PipelineRun window, String floodUrl, long minBytes) throws Exception {
        window.receive(floodUrl, Integer.MAX_VALUE); // no click: this figure selects the message itself
        var session = window.session();
        CompletableFuture<Long> shown = new CompletableFuture<>();
        long[] start = new long[1];
        Platform.runLater(() -> {
            var rows = session.timelineModel().rows();
            TimelineEntry big = rows.stream().filter(e -> e.event().size() >= minBytes).findFirst().orElseThrow();
            session.timelineModel().shownPageProperty().addListener((o, old, page) -> {
                CodeArea area = window.detail();
                Platform.runLater(() -> shown.complete(area.getText().isEmpty() ? -1L : System.nanoTime()));
            });
            start[0] = System.nanoTime();
            session.timelineModel().selectedProperty().set(big);
        });
        return (shown.get(60, TimeUnit.SECONDS) - start[0]) / 1e6;
    }
}
