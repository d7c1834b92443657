package dev.wscope.ui.workspace;

import dev.wscope.ui.address.AddressBar;
import dev.wscope.ui.address.ConnectionSettingsView;
import dev.wscope.ui.collections.EnvironmentPicker;
import dev.wscope.ui.common.DeferredBuild;
import dev.wscope.ui.common.Icons;
import dev.wscope.ui.common.Tips;
import dev.wscope.ui.composer.ComposerView;
import dev.wscope.ui.detail.EventDetailView;
import dev.wscope.ui.diagnosis.DiagnosisView;
import dev.wscope.ui.keyvalue.KeyValueEditor;
import dev.wscope.ui.session.SessionViewModel;
import dev.wscope.ui.spec.SpecEditorView;
import dev.wscope.ui.timeline.TimelineView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * What one tab shows: the address bar with Save and the environment menu; the request (message, params,
 * headers, cookies, settings, docs) on the left; the diagnosis, timeline and event detail on the right.
 * Only the selected tab's workspace is in the scene, so node ids stay unique.
 */
final class RequestWorkspaceView extends VBox {
    /** The composer's bar whole, Format and Minify as icons (a narrower pane hid Send in a 1024 px window). */
    private static final double REQUEST_MIN_WIDTH = 340;
    RequestWorkspaceView(RequestTab tab, Workbench workbench, Runnable save, DeferredBuild deferred) {
        SessionViewModel session = tab.session();
        AddressBar address = new AddressBar(session, workbench.recentUrls());
        Button saveButton = Icons.on(new Button("Save"), Feather.SAVE);
        saveButton.setId("save-request");
        Tips.on(saveButton, "Save the request into its collection (Ctrl+S)");
        saveButton.setOnAction(e -> save.run());
        address.addAfterConnect(saveButton);
        address.addAfterConnect(new EnvironmentPicker(tab.environments(), session.variables().environmentProperty()));
        getChildren().addAll(address, body(tab, workbench, deferred));
    }

    private static SplitPane body(RequestTab tab, Workbench workbench, DeferredBuild deferred) {
        SessionViewModel session = tab.session();
        TabPane request = new TabPane(
                tab("Message", new ComposerView(tab.composer())),
                LazyTab.of("Params", deferred, () -> new KeyValueEditor(session.form().params(), "params",
                        "Query parameters, kept in step with the address")),
                LazyTab.of("Headers", deferred, () -> new KeyValueEditor(session.form().headers(), "headers",
                        "Handshake headers: Name: value")),
                LazyTab.of("Cookies", deferred, () -> new KeyValueEditor(session.form().cookies(), "cookies",
                        "Cookies, sent as one Cookie header")),
                LazyTab.of("Settings", deferred, () -> new ConnectionSettingsView(session)),
                LazyTab.of("Docs", deferred, () -> new SpecEditorView(tab.spec(), "request-spec")));
        request.setId("request-tabs");
        request.setMinWidth(REQUEST_MIN_WIDTH);
        request.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var timelineModel = session.timelineModel();
        TimelineView timeline = new TimelineView(timelineModel, tab.composer()::recall, session.capturePausedProperty());
        EventDetailView detail = new EventDetailView(timelineModel,
                () -> tab.composer().recall(timelineModel.selectedProperty().get()));
        SplitPane events = EventsPane.of(timeline, detail, workbench);
        VBox.setVgrow(events, Priority.ALWAYS);
        VBox right = new VBox(events);
        // hidden until a connection fails or Diagnose is pressed: out of sight, so built after the rest
        deferred.later(() -> {
            DiagnosisView diagnosis = new DiagnosisView(session.diagnosis(), session::trustAndReconnect);
            // between 35% and half the height: sized by its content alone it got, beside the events' minimum,
            // a sliver (its words cut after three lines at 1280x800); the events keep half at least
            diagnosis.minHeightProperty().bind(right.heightProperty().multiply(0.35));
            diagnosis.maxHeightProperty().bind(right.heightProperty().multiply(0.5));
            right.getChildren().add(0, diagnosis);
        });
        SplitPane sides = new SplitPane(request, right);
        sides.setDividerPositions(workbench.sidesDivider().get());
        sides.getDividers().get(0).positionProperty().bindBidirectional(workbench.sidesDivider());
        VBox.setVgrow(sides, Priority.ALWAYS);
        return sides;
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(LazyTab.idOf(title));
        return tab;
    }
}
