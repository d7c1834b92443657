package dev.wscope.ui.common;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons on actions, coloured by the theme through the action-icon style class. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Feather icon) {
        FontIcon font = new FontIcon(icon);
        font.getStyleClass().add("action-icon");
        return font;
    }

    /** Puts the icon before the control's text (or alone, for a control without text). */
    public static <T extends Labeled> T on(T control, Feather icon) {
        control.setGraphic(of(icon));
        return control;
    }
}
