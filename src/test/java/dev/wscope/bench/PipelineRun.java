package dev.wscope.bench;

import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.ui.app.WscopeApp;
import dev.wscope.session.ConnectionState;
import dev.wscope.ui.session.SessionViewModel;
import dev.wscope.ui.workspace.OpenRequests;
import dev.wscope.ui.workspace.WorkspaceTab;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.stage.Stage;

/**
 * The whole pipeline: the real main window (headless through Monocle, open and following) connects to a
 * flood through its view model; done when the end marker is a row of the timeline. Measures the longest
 * time the FX thread was too busy to run a probe posted every 10 ms while the flood ran.
 */
final class PipelineRun {
    private final WscopeApp app = new WscopeApp();
    private final Stage stage = new StageHolder().stage;
    private SessionViewModel session;
    private org.fxmisc.richtext.CodeArea detail;

    /** Opens a fresh main window. */
    void open() throws Exception {
        onFxThread(() -> {
            app.start(stage);
            session = app.window().session();
        });
        Thread.sleep(SETTLE_MILLIS); // the new window's first layouts and frames are over before the flood starts
    }

    /**
     * Closes the tab on show for a new one, as a user opens a tab for the next connection: each flood has a
     * timeline and a list of its own, without a whole window built again for it (whose code the JIT then
     * compiled during the floods).
     */
    void freshTab() throws Exception {
        onFxThread(() -> {
            OpenRequests requests = app.window().requests();
            WorkspaceTab previous = requests.selected();
            requests.add();
            requests.close(previous);
            session = app.window().session();
            detail = null; // the closed tab's detail pane holds its workspace and timeline: let it go with the tab
        });
        Thread.sleep(SETTLE_MILLIS);
    }

    /** Raises the biggest message the tab's connections take in, as its Settings tab does. */
    void limitMessagesTo(int mebibytes) throws Exception {
        onFxThread(() -> session.form().settings().maxMessageMiBProperty().set(mebibytes));
    }

    /** The tab's list, there once its workspace is built (a new tab's is built after it shows). */
    @SuppressWarnings("unchecked")
    private javafx.scene.control.TableView<TimelineEntry> timelineTable() {
        return (javafx.scene.control.TableView<TimelineEntry>) stage.getScene().lookup("#timeline");
    }

    private static void onFxThread(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.complete(null);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    /**
     * Long enough for a fresh window's first frames under software rendering on 2 cores, and for the JIT to
     * be done with them: after 500 ms, a connection receiving one message still cost 60-170 ms of CPU, after
     * 2 s about 40 ms.
     */
    private static final long SETTLE_MILLIS = 2000;

    void close() throws Exception {
        onFxThread(() -> {
            stage.hide();
            app.stop();
        });
    }

    SessionViewModel session() {
        return session;
    }

    /** The detail pane's text, found when the last flood began. */
    org.fxmisc.richtext.CodeArea detail() {
        return detail;
    }

    /**
     * Floods the window: the rate is from open to the last message recorded, with the window open and
     * following; how long the last one then took to become a row is reported apart, as the display lag.
     */
    PipelineResult receive(String url, int clickAfterRows) throws Exception {
        enterAddress(url);
        CompletableFuture<Long> endSeen = new CompletableFuture<>();
        long[] maxStallNanos = new long[1];
        java.util.List<Long> stalls = new java.util.concurrent.CopyOnWriteArrayList<>();
        // A probe every 10 ms: how long the FX thread takes to run it is how long it was busy (a stall).
        // Unlike an AnimationTimer, probing does not itself keep JavaFX pulsing.
        var probe = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        probe.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                long stall = System.nanoTime() - posted;
                maxStallNanos[0] = Math.max(maxStallNanos[0], stall);
                stalls.add(stall / 1_000_000);
                ObservableList<TimelineEntry> rows = session.timelineModel().rows();
                for (int i = 0; i < Math.min(4, rows.size()); i++) {
                    if (rows.get(i).event() instanceof TimelineEvent.Message message && !message.binary()
                            && message.payload().length == 7 && "__END__".equals(message.text())) {
                        endSeen.complete(System.nanoTime());
                    }
                }
            });
        }, 0, 10, TimeUnit.MILLISECONDS);
        CompletableFuture<Double> click = new CompletableFuture<>();
        int before = session.timeline().size();
        java.util.Map<String, Long> cpuBefore = ThreadCpu.snapshot();
        FloodProfile profile = FloodProfile.startIfAsked();
        FloodCpuTrace trace = FloodCpuTrace.startIfAsked(() -> session.timeline().size());
        long processCpuBefore = ThreadCpu.process();
        Platform.runLater(() -> {
            detail = (org.fxmisc.richtext.CodeArea) stage.getScene().lookup("#event-detail");
            DetailClick.duringFlood(timelineTable(), detail, clickAfterRows).thenAccept(click::complete);
            session.connect();
        });
        long end;
        double cpuSeconds;
        try {
            end = endSeen.get(300, TimeUnit.SECONDS);
            cpuSeconds = (ThreadCpu.process() - processCpuBefore) / 1e9;
        } finally {
            probe.shutdownNow();
            profile.stop();
            FloodCpuTrace.stopAndPrint(trace);
        }
        java.util.Map<String, Long> cpuUsed = ThreadCpu.since(cpuBefore);
        if (System.getProperty("bench.cpu") != null) {
            System.out.println("cpu ms by thread: " + cpuUsed);
        }
        long opened = openedAtNanos(before);
        long messages = 0;
        long bytes = 0;
        long lastReceived = opened;
        long offset = System.nanoTime() - System.currentTimeMillis() * 1_000_000L;
        for (int i = before; i < session.timeline().size(); i++) {
            if (session.timeline().get(i).event() instanceof TimelineEvent.Message message
                    && !(message.payload().length == 7 && "__END__".equals(message.text()))) {
                messages++;
                bytes += message.payload().length;
                lastReceived = session.timeline().get(i).epochMillis() * 1_000_000L + offset;
            }
        }
        awaitClosed();
        if (System.getProperty("bench.stalls") != null) {
            java.util.List<Long> sorted = new java.util.ArrayList<>(stalls);
            java.util.Collections.sort(sorted);
            System.out.println("FX stalls ms: n=" + sorted.size() + " p50=" + sorted.get(sorted.size() / 2)
                    + " top=" + sorted.subList(Math.max(0, sorted.size() - 8), sorted.size()));
        }
        return new PipelineResult(new FloodResult(messages, bytes, (lastReceived - opened) / 1e9, cpuSeconds), maxStallNanos[0] / 1e6,
                Math.max(0, end - lastReceived) / 1e6, clickMillis(click), ThreadCpu.JvmShare.of(cpuUsed));
    }

    /**
     * The address goes in before the connection, as a user types it and then clicks Connect: its query
     * parameters fill the Params table, whose new rows (text fields, each with a skin and its CSS) were
     * otherwise built on the FX thread in the flood's first milliseconds, a seventh of its work there.
     */
    private void enterAddress(String url) throws Exception {
        onFxThread(() -> session.form().urlProperty().set(url));
        Thread.sleep(ADDRESS_SETTLE_MILLIS);
    }

    /** Some frames at 60 a second: the Params table's new rows are laid out and drawn. */
    private static final long ADDRESS_SETTLE_MILLIS = 300;

    /**
     * A click made near the end of a short flood may show its detail after the flood is over: it is waited
     * for, a bounded while; NaN when there was no click (the flood was shorter than the click's row count).
     */
    private static double clickMillis(CompletableFuture<Double> click) throws InterruptedException {
        try {
            return click.get(2, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return Double.NaN;
        }
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
