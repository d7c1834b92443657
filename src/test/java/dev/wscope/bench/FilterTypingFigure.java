package dev.wscope.bench;

import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.ui.timeline.TimelineView;
import dev.wscope.ui.timeline.TimelineViewModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Typing into the timeline's filter over a big session: for each keystroke, the FX thread's time from the
 * key to the field showing it laid out (what a user waits to see their letter), with the search running
 * beside it. `java -cp ... dev.wscope.bench.FilterTypingFigure [events]` (default 3,300,000).
 */
public final class FilterTypingFigure {
    private static final String TYPED = "eth-usd 90999";

    private FilterTypingFigure() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 3_300_000;
        BenchMain.startHeadlessToolkit();
        SessionTimeline timeline = messages(events);
        ExecutorService background = Executors.newCachedThreadPool();
        CompletableFuture<TextField> ready = new CompletableFuture<>();
        CompletableFuture<Long> filtered = new CompletableFuture<>();
        Platform.runLater(() -> {
            TimelineViewModel model = new TimelineViewModel(timeline, background, Platform::runLater);
            model.searchingProperty().addListener((o, was, now) -> {
                if (!now && model.filterTextProperty().get().equals(TYPED)) {
                    filtered.complete(System.nanoTime());
                }
            });
            TimelineView view = new TimelineView(model, entry -> { }, new SimpleBooleanProperty());
            model.rows().advanceTo(timeline.size());
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1280, 800));
            stage.show();
            ready.complete((TextField) view.lookup("#timeline-filter"));
        });
        TextField filter = ready.get(60, TimeUnit.SECONDS);
        // as after a flood: the garbage of building the events collected, the window idle, before the first key
        BenchMain.usedHeapAfterGc();
        Thread.sleep(2000);
        double worst = 0;
        double total = 0;
        long[] lastKeyAt = new long[1];
        for (int i = 1; i <= TYPED.length(); i++) {
            String text = TYPED.substring(0, i);
            CompletableFuture<Double> took = new CompletableFuture<>();
            Platform.runLater(() -> {
                long start = System.nanoTime();
                lastKeyAt[0] = start;
                filter.setText(text);
                filter.getScene().getRoot().applyCss();
                filter.getScene().getRoot().layout();
                took.complete((System.nanoTime() - start) / 1e6);
            });
            double millis = took.get(60, TimeUnit.SECONDS);
            // the next key comes a typist's 120 ms later, measured to the moment the FX thread can take it
            CompletableFuture<Double> queued = new CompletableFuture<>();
            Thread.sleep(120);
            long posted = System.nanoTime();
            Platform.runLater(() -> queued.complete((System.nanoTime() - posted) / 1e6));
            double wait = queued.get(60, TimeUnit.SECONDS);
            System.out.printf("key %2d '%s': %.1f ms on the FX thread, next key waited %.1f ms%n", i, text, millis, wait);
            worst = Math.max(worst, millis + wait);
            total += millis + wait;
        }
        double rowsShown = (filtered.get(60, TimeUnit.SECONDS) - lastKeyAt[0]) / 1e6;
        System.out.printf("typing '%s' over %,d events: worst %.0f ms, mean %.0f ms from a key to its echo;"
                + " the matching rows all on show %.0f ms after the last key%n",
                TYPED, events, worst, total / TYPED.length(), rowsShown);
        background.shutdownNow();
        Platform.exit();
        System.exit(0);
    }

    static SessionTimeline messages(int count) {
        SessionTimeline timeline = new SessionTimeline();
        for (int i = 0; i < count; i++) {
            String text = String.format("{\"seq\":%07d,\"symbol\":\"%s\",\"price\":%d.25}",
                    i, i % 7 == 0 ? "ETH-USD" : "BTC-USD", 90_000 + i % 1000);
            timeline.append(TimelineEvent.Message.text(Direction.IN, text));
        }
        return timeline;
    }
}
