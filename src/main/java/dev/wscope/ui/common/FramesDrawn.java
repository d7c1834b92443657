package dev.wscope.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs code once the scene's next pulse is over: its layout is done and its frame handed to rendering. */
public final class FramesDrawn {
    private FramesDrawn() {
    }

    public static void after(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // The pulse renders after its layout pass: a runLater runs once that pulse is over.
                Platform.runLater(then);
            }
        });
        Platform.requestNextPulse();
    }
}
