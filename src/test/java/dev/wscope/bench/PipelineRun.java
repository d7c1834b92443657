package dev.wscope.bench;

import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.ui.WscopeApp;
import dev.wscope.ui.session.ConnectionState;
import dev.wscope.ui.session.SessionViewModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.stage.Stage;

/**
 * The whole pipeline: the real main window (headless through Monocle, open and following) connects to a
 * flood through its view model; done when the end marker is a row of the timeline. Measures the longest
 * gap between FX pulses while the flood runs.
 */
final class PipelineRun {
    private final WscopeApp app = new WscopeApp();
    private SessionViewModel session;

    /** Opens a fresh main window. */
    void open() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.runLater(() -> {
            app.start(new Stage());
            session = app.window().session();
            started.complete(null);
        });
        started.get(30, TimeUnit.SECONDS);
    }

    void close() throws Exception {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                app.stop();
            } finally {
                stopped.complete(null);
            }
        });
        stopped.get(30, TimeUnit.SECONDS);
    }

    SessionViewModel session() {
        return session;
    }

    /** Floods the window; returns what arrived (as rows) and the longest FX pulse gap in ms. */
    PipelineResult receive(String url) throws Exception {
        CompletableFuture<Long> endSeen = new CompletableFuture<>();
        long[] maxGapNanos = new long[1];
        java.util.List<Long> gaps = new java.util.ArrayList<>();
        AnimationTimer watcher = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    maxGapNanos[0] = Math.max(maxGapNanos[0], now - last);
                    gaps.add((now - last) / 1_000_000);
                }
                last = now;
                ObservableList<TimelineEntry> rows = session.timelineModel().rows();
                for (int i = 0; i < Math.min(4, rows.size()); i++) {
                    if (rows.get(i).event() instanceof TimelineEvent.Message message && !message.binary()
                            && message.payload().length == 7 && "__END__".equals(message.text())) {
                        endSeen.complete(System.nanoTime());
                    }
                }
            }
        };
        int before = session.timeline().size();
        Platform.runLater(() -> {
            watcher.start();
            session.urlProperty().set(url);
            session.connect();
        });
        long end = endSeen.get(300, TimeUnit.SECONDS);
        Platform.runLater(watcher::stop);
        long opened = openedAtNanos(before);
        long messages = 0;
        long bytes = 0;
        for (int i = before; i < session.timeline().size(); i++) {
            if (session.timeline().get(i).event() instanceof TimelineEvent.Message message
                    && !(message.payload().length == 7 && "__END__".equals(message.text()))) {
                messages++;
                bytes += message.payload().length;
            }
        }
        awaitClosed();
        if (System.getProperty("bench.gaps") != null) {
            java.util.Collections.sort(gaps);
            System.out.println("gaps ms: n=" + gaps.size() + " p50=" + gaps.get(gaps.size() / 2) + " p90="
                    + gaps.get(gaps.size() * 9 / 10) + " top=" + gaps.subList(Math.max(0, gaps.size() - 8), gaps.size()));
        }
        return new PipelineResult(new FloodResult(messages, bytes, (end - opened) / 1e9), maxGapNanos[0] / 1e6);
    }

    /** The open event's wall time, moved onto the nanoTime clock the end was read from. */
    private long openedAtNanos(int from) {
        long offset = System.nanoTime() - System.currentTimeMillis() * 1_000_000L;
        for (int i = from; i < session.timeline().size(); i++) {
            if (session.timeline().get(i).event() instanceof TimelineEvent.Opened) {
                return session.timeline().get(i).epochMillis() * 1_000_000L + offset;
            }
        }
        throw new IllegalStateException("the flood never opened");
    }

    private void awaitClosed() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (session.stateProperty().get() == ConnectionState.CONNECTED && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
