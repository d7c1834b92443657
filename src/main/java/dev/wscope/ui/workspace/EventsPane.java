package dev.wscope.ui.workspace;

import dev.wscope.ui.detail.EventDetailView;
import dev.wscope.ui.timeline.TimelineView;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;

/** The timeline over the event detail, their divider where every tab has it (the workbench's). */
final class EventsPane {
    private EventsPane() {
    }

    static SplitPane of(TimelineView timeline, EventDetailView detail, Workbench workbench) {
        SplitPane events = new SplitPane(timeline, detail);
        events.setOrientation(Orientation.VERTICAL);
        events.setDividerPositions(workbench.eventsDivider().get());
        events.getDividers().get(0).positionProperty().bindBidirectional(workbench.eventsDivider());
        return events;
    }
}
