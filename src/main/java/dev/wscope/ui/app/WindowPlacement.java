package dev.wscope.ui.app;

import dev.wscope.core.workspace.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where the last run left it, unless that place is on no screen now. */
final class WindowPlacement {
    private static final double FIRST_WIDTH = 1280;
    private static final double FIRST_HEIGHT = 800;
    private WindowPlacement() {
    }

    static void apply(Stage stage, WindowBounds bounds) {
        if (onSomeScreen(bounds)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        }
    }

    /** The first window's size: 1280x800, or the screen's room where it is smaller (a 1024x700 laptop). */
    static double[] firstSize() {
        Rectangle2D room = Screen.getPrimary().getVisualBounds();
        return new double[] {Math.min(FIRST_WIDTH, room.getWidth()), Math.min(FIRST_HEIGHT, room.getHeight())};
    }

    /** A window left on a screen that is gone (an unplugged monitor) opens where the system puts it. */
    private static boolean onSomeScreen(WindowBounds bounds) {
        return bounds.width() >= 200 && bounds.height() >= 150 && !Screen.getScreensForRectangle(
                new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height())).isEmpty();
    }
}
