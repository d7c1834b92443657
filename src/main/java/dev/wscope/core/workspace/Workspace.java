package dev.wscope.core.workspace;

import java.util.List;

/**
 * What the window remembers between runs: theme, window bounds, divider positions, the addresses connected
 * to lately, the open tabs with everything typed in them, and the files of the saved sessions on show in
 * tabs of their own (opened again from the file, after the other tabs).
 */
public record Workspace(Theme theme, WindowBounds window, List<Double> dividers, List<String> recentUrls,
                        List<OpenTab> tabs, int selectedTab, List<String> savedSessions) {
    public Workspace {
        dividers = List.copyOf(dividers);
        recentUrls = List.copyOf(recentUrls);
        tabs = List.copyOf(tabs);
        savedSessions = List.copyOf(savedSessions);
    }
}
