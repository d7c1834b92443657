package dev.wscope.core.workspace;

import java.util.Locale;

/** The window's colours. The id is what the workspace file carries. */
public enum Theme {
    LIGHT, DARK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme of an id; light for anything unknown (a file from a newer Wscope, say). */
    public static Theme byId(String id) {
        return "dark".equalsIgnoreCase(id) ? DARK : LIGHT;
    }
}
