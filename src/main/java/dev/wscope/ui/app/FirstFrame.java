package dev.wscope.ui.app;

import dev.wscope.ui.common.DeferredBuild;
import dev.wscope.ui.common.FramesDrawn;
import java.lang.management.ManagementFactory;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * A start-up probe for packaging and benchmarks, off unless asked for: {@code -Dwscope.reportFirstFrame=true}
 * prints {@code first-frame MILLIS} (since the JVM started) on stdout once the shown stage's first frame is
 * drawn, {@code complete-frame MILLIS} once the frame with every visible part of the window is, and
 * {@code settled-frame MILLIS} once the parts out of sight are built too; {@code -Dwscope.exitWhenComplete=true}
 * then exits (the class-data-sharing training run, which so sees every class the window loads). The launcher,
 * which owns the process's standard output, gives the lines' destination. Thread contract: install and the
 * callbacks run on the FX thread.
 */
public final class FirstFrame {
    private static volatile Consumer<String> out = line -> { };

    private FirstFrame() {
    }

    /** Where the probe's lines go: the launcher's standard output. */
    public static void reportTo(Consumer<String> lines) {
        out = lines;
    }

    /** Call once, just after {@code stage.show()}. */
    public static void install(Stage stage, DeferredBuild build) {
        boolean report = Boolean.getBoolean("wscope.reportFirstFrame");
        boolean exit = Boolean.getBoolean("wscope.exitWhenComplete");
        if (!report && !exit) {
            return;
        }
        FramesDrawn.after(stage.getScene(), () -> {
            say(report, "first-frame");
            build.complete().thenRun(() -> say(report, "complete-frame"));
            build.settled().thenRun(() -> {
                say(report, "settled-frame");
                if (exit) {
                    Platform.exit();
                }
            });
        });
    }

    private static void say(boolean report, String what) {
        if (report) {
            // The JVM's own start time: ProcessHandle's start instant is only as exact as the boot time in whole seconds.
            long started = ManagementFactory.getRuntimeMXBean().getStartTime();
            out.accept(what + " " + (System.currentTimeMillis() - started));
        }
    }
}
