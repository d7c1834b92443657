package dev.wscope.bench;

import dev.wscope.ui.app.FirstFrame;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: the least a JavaFX window can be (a Stage and a Label), with the
 * same first-frame probe as Wscope. A plain main class: an Application subclass cannot be the class-path
 * main class ("JavaFX runtime components are missing").
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("bare JavaFX window"), 1280, 800));
            stage.setTitle("bare");
            stage.show();
            FirstFrame.install(stage, dev.wscope.ui.common.DeferredBuild.none());
        }
    }
}
