package dev.wscope.ui.rows;

import java.util.function.Function;
import javafx.scene.Node;

/**
 * One column of {@link EditableRows}: its title, its width, and the control it makes for a row (bound once to
 * the row's properties when the row is first shown, never rebound, so typing never loses the caret).
 *
 * @param width in pixels; 0 makes the column share what is left with the other columns of width 0
 */
public record RowColumn<R>(String title, double width, Function<R, Node> control) {
    public static <R> RowColumn<R> growing(String title, Function<R, Node> control) {
        return new RowColumn<>(title, 0, control);
    }

    public static <R> RowColumn<R> fixed(String title, double width, Function<R, Node> control) {
        return new RowColumn<>(title, width, control);
    }

    boolean grows() {
        return width == 0;
    }
}
