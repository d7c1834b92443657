package dev.wscope.ui;

import dev.wscope.core.collection.SavedRequest;
import dev.wscope.ui.address.AddressBar;
import dev.wscope.ui.collections.CollectionsView;
import dev.wscope.ui.collections.CollectionsViewModel;
import dev.wscope.ui.collections.EnvironmentPicker;
import dev.wscope.ui.collections.RequestSnapshot;
import javafx.scene.control.Button;
import dev.wscope.ui.address.ConnectionSettingsView;
import dev.wscope.ui.composer.ComposerView;
import dev.wscope.ui.composer.ComposerViewModel;
import dev.wscope.ui.detail.EventDetailView;
import dev.wscope.ui.diagnosis.DiagnosisView;
import dev.wscope.ui.keyvalue.KeyValueEditor;
import dev.wscope.ui.session.SessionViewModel;
import dev.wscope.ui.timeline.TimelineView;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The main window's content: address bar on top; the request (message, params, headers, cookies,
 * settings) on the left; timeline over event detail on the right; a status line. Also runs the
 * batches that take in engine events.
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final SessionViewModel session;
    private final Runnable saveRequest;
    private final BatchDrainer batches;

    public MainWindow(SessionViewModel session, ComposerViewModel composer, CollectionsViewModel collections,
                      String localServerUrl) {
        this.session = session;
        RequestSnapshot snapshot = new RequestSnapshot(session, composer);
        this.saveRequest = () -> {
            SavedRequest captured = snapshot.capture();
            collections.save(captured).thenAccept(saved -> {
                if (saved) {
                    snapshot.saved(captured);
                }
            });
        };
        AddressBar address = new AddressBar(session);
        Button save = new Button("Save");
        save.setId("save-request");
        save.setTooltip(new javafx.scene.control.Tooltip("Save the request into the collection (Ctrl+S)"));
        save.setOnAction(e -> saveRequest.run());
        address.addAfterConnect(save);
        EnvironmentPicker environments = new EnvironmentPicker(session.environmentProperty());
        address.addAfterConnect(environments);
        CollectionsView tree = new CollectionsView(collections, request -> {
            environments.offer(collections.environmentsOf(request));
            snapshot.open(request);
        }, message -> {
            composer.load(message.format(), message.body());
            if (composer.canSendProperty().get()) {
                composer.send();
            }
        });
        TabPane request = new TabPane(
                tab("Message", new ComposerView(composer)),
                tab("Params", new KeyValueEditor(session.params(), "params", "Query parameters, kept in step with the address")),
                tab("Headers", new KeyValueEditor(session.headers(), "headers", "Handshake headers: Name: value")),
                tab("Cookies", new KeyValueEditor(session.cookies(), "cookies", "Cookies, sent as one Cookie header")),
                tab("Settings", new ConnectionSettingsView(session)));
        request.setId("request-tabs");
        request.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var timelineModel = session.timelineModel();
        TimelineView timeline = new TimelineView(timelineModel, composer::recall, session.capturePausedProperty());
        EventDetailView detail = new EventDetailView(timelineModel,
                () -> composer.recall(timelineModel.selectedProperty().get()));
        SplitPane events = new SplitPane(timeline, detail);
        events.setOrientation(Orientation.VERTICAL);
        events.setDividerPositions(0.55);
        DiagnosisView diagnosis = new DiagnosisView(session.diagnosis(), session::trustAndReconnect);
        VBox.setVgrow(events, Priority.ALWAYS);
        VBox right = new VBox(diagnosis, events);
        SplitPane center = new SplitPane(tree, request, right);
        center.setDividerPositions(0.14, 0.5);
        root.setTop(address);
        root.setCenter(center);
        root.setBottom(new StatusBar(session, localServerUrl));
        root.getStyleClass().add("main-window");
        batches = new BatchDrainer(session::drain);
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        return tab;
    }

    public Parent root() {
        return root;
    }

    /** Saves the request on show into its collection (the `save-request` button, Ctrl+S). */
    public void saveRequest() {
        saveRequest.run();
    }

    public SessionViewModel session() {
        return session;
    }

    public void start() {
        batches.start();
    }

    public void stop() {
        batches.stop();
    }
}
