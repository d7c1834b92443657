package dev.wscope.ui.spec;

import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A Markdown table cell: wraps between words, never inside one. A plain TextFlow's least width is nothing,
 * so a GridPane short of room shrinks a column of short cells until it draws a character a line; this
 * one's least width is its widest word, which the GridPane takes as the column's least width. FX thread only.
 */
final class TableCellFlow extends TextFlow {
    private static final Text MEASURE = new Text();

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        double word = 0; // a word may run on across pieces of text in different styles (**bold**text)
        for (Node child : getChildren()) {
            if (child instanceof Text piece) {
                String[] parts = piece.getText().split("\\s", -1);
                for (int i = 0; i < parts.length; i++) {
                    word = (i == 0 ? word : 0) + width(parts[i], piece.getFont());
                    widest = Math.max(widest, word);
                }
            }
        }
        return snapSizeX(widest) + snappedLeftInset() + snappedRightInset();
    }

    private static double width(String text, Font font) {
        MEASURE.setText(text);
        MEASURE.setFont(font);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
