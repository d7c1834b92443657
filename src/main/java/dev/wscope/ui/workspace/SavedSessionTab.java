package dev.wscope.ui.workspace;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.ui.session.TrafficMeter;
import dev.wscope.ui.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A saved session in a tab of its own, read from its file: its events to browse, search, open in full, save
 * again and export. It never connects and has nothing to edit, so it is never dirty; the workspace remembers
 * its file, not its events. FX thread only.
 */
public final class SavedSessionTab implements WorkspaceTab {
    /** A session's address is its first event; a file that does not start with one is not searched further. */
    private static final int ADDRESS_WITHIN = 16;

    private final SessionTimeline timeline;
    private final Path file;
    private final TimelineViewModel timelineModel;
    private final TrafficMeter traffic = new TrafficMeter();
    private final ReadOnlyStringWrapper title;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);

    /** The timeline as read from the file (every event there already: no batch takes them in later). */
    SavedSessionTab(SessionTimeline timeline, Path file, Executor background, Executor ui) {
        this.timeline = timeline;
        this.file = file;
        this.title = new ReadOnlyStringWrapper(file.getFileName().toString());
        this.timelineModel = new TimelineViewModel(timeline, background, ui);
        timelineModel.advanceTo(timeline.size());
        traffic.update(timeline, System.nanoTime());
    }

    /** The file it was read from, as the workspace remembers it. */
    public Path file() {
        return file;
    }

    /** The address the session connected to, when it was recorded from its start. */
    public Optional<String> recordedAddress() {
        for (int i = 0; i < Math.min(timeline.size(), ADDRESS_WITHIN); i++) {
            if (timeline.get(i).event() instanceof TimelineEvent.Connecting connecting) {
                return Optional.of(connecting.url());
            }
        }
        return Optional.empty();
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    @Override
    public SessionTimeline timeline() {
        return timeline;
    }

    @Override
    public TimelineViewModel timelineModel() {
        return timelineModel;
    }

    @Override
    public TrafficMeter traffic() {
        return traffic;
    }

    /** Its file is closed (never deleted), and any spill file of the reading goes. */
    @Override
    public void close() {
        timeline.discard();
    }
}
