package dev.wscope.core.workspace;

import java.util.List;

/**
 * What the window remembers between runs: theme, window bounds, divider positions, the addresses connected
 * to lately, and the open tabs with everything typed in them.
 */
public record Workspace(Theme theme, WindowBounds window, List<Double> dividers, List<String> recentUrls,
                        List<OpenTab> tabs, int selectedTab) {
    public Workspace {
        dividers = List.copyOf(dividers);
        recentUrls = List.copyOf(recentUrls);
        tabs = List.copyOf(tabs);
    }
}
