package dev.wscope.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableNumberValue;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * Buttons that keep only their icon while their pane is narrower than a width (a 1024 px window), their words
 * moving to the tooltip: squeezed, they were drawn cut ("Co...", "Recall into compo...") or pushed away.
 * Their least width stays the computed one, so the pane itself can narrow past the width that flips them.
 */
public final class Compact {
    private Compact() {
    }

    public static void belowWidth(Region pane, double width, Labeled... buttons) {
        belowWidth(pane, new SimpleDoubleProperty(width), buttons);
    }

    /** The same below a width that may change (more buttons share the row once another shows). */
    public static void belowWidth(Region pane, ObservableNumberValue width, Labeled... buttons) {
        for (Labeled button : buttons) {
            Tips.on(button, button.getText()); // a tip given before (Diagnose's) is made first and kept
        }
        InvalidationListener lay = o -> {
            ContentDisplay display = pane.getWidth() < width.doubleValue() ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            for (Labeled button : buttons) {
                button.setContentDisplay(display);
            }
        };
        pane.widthProperty().addListener(lay);
        width.addListener(lay);
    }
}
