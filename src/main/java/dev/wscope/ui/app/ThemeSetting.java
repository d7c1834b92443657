package dev.wscope.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.wscope.core.workspace.Theme;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The light or dark theme (AtlantaFX Primer). Wscope's own stylesheet uses only the theme's colour names,
 * so it follows. FX thread only.
 */
final class ThemeSetting {
    private final ObjectProperty<Theme> theme;

    /** Starts with the theme the last run left, so the window is styled once, not twice. */
    ThemeSetting(Theme initial) {
        theme = new SimpleObjectProperty<>(initial);
        apply(initial);
        theme.addListener((o, old, now) -> apply(now));
    }

    private static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
