package dev.wscope.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. */
public final class WscopeApp extends Application {
    public static void launchWindow(String[] args) {
        Application.launch(WscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
