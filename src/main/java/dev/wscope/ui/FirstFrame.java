package dev.wscope.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A start-up probe for packaging and benchmarks, off unless asked for: {@code -Dwscope.reportFirstFrame=true}
 * prints {@code first-frame MILLIS} (since the JVM started) on stdout once the shown stage's first pulse
 * has laid out and been handed to rendering; {@code -Dwscope.exitAfterFirstFrame=true} then exits (the CDS
 * training run). Thread contract: install and the callbacks run on the FX thread.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Call once, just after {@code stage.show()}. */
    public static void install(Stage stage) {
        boolean report = Boolean.getBoolean("wscope.reportFirstFrame");
        boolean exit = Boolean.getBoolean("wscope.exitAfterFirstFrame");
        if (!report && !exit) {
            return;
        }
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // The pulse renders after its layout pass: a runLater runs once that pulse is over.
                Platform.runLater(() -> reached(report, exit));
            }
        });
    }

    private static void reached(boolean report, boolean exit) {
        if (report) {
            // The JVM's own start time: ProcessHandle's start instant is only as exact as the boot time in whole seconds.
            long started = ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame " + (System.currentTimeMillis() - started));
            System.out.flush();
        }
        if (exit) {
            Platform.exit();
        }
    }
}
