package dev.wscope.ui.workspace;

import dev.wscope.ui.address.RecentUrls;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What every tab's workspace shares and the window remembers: the recent addresses and where the dividers
 * sit (request | events, timeline | detail), so switching tabs keeps the layout. FX thread only.
 */
public final class Workbench {
    private final RecentUrls recentUrls = new RecentUrls();
    private final DoubleProperty sidesDivider = new SimpleDoubleProperty(0.46);
    private final DoubleProperty eventsDivider = new SimpleDoubleProperty(0.55);
    private final StringProperty notice = new SimpleStringProperty("");

    public RecentUrls recentUrls() {
        return recentUrls;
    }

    public DoubleProperty sidesDivider() {
        return sidesDivider;
    }

    public DoubleProperty eventsDivider() {
        return eventsDivider;
    }

    /** The outcome of the last file command (a session saved or opened, or why not), for the status bar. */
    public StringProperty notice() {
        return notice;
    }
}
