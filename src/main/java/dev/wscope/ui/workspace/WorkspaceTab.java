package dev.wscope.ui.workspace;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.ui.session.TrafficMeter;
import dev.wscope.ui.timeline.TimelineViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * One tab of the window: a request with its own connection ({@link RequestTab}), or a saved session read
 * from its file ({@link SavedSessionTab}), which has no address, composer or connection. What both have is a
 * title and a timeline to browse, search, save and export. FX thread only.
 */
public sealed interface WorkspaceTab permits RequestTab, SavedSessionTab {
    ReadOnlyStringProperty titleProperty();

    /** Whether closing it asks first: only a request has changes to lose. */
    ReadOnlyBooleanProperty dirtyProperty();

    SessionTimeline timeline();

    TimelineViewModel timelineModel();

    /** The rates and totals the status bar shows while the tab is on show. */
    TrafficMeter traffic();

    /** The tab is closed, or the window: its timeline's spill file goes, and a connection says goodbye. */
    void close();
}
