package dev.wscope.ui.diagnosis;

import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.StepTable;
import dev.wscope.core.diagnosis.DoctorText;
import dev.wscope.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The `diagnosis` pane: the cause in words, the fix (copyable), each step with its time, and the raw
 * exchange and certificate chain. Opens by itself when a connection fails; Diagnose runs it on demand.
 */
public final class DiagnosisView extends VBox {
    private final Label headline = new Label();
    private final Label summary = new Label();
    private final TextArea fix = new TextArea();
    private final Label steps = new Label();
    private final TextArea raw = new TextArea();
    private final Button copyFix = Icons.on(new Button("Copy fix"), Feather.COPY);
    private final Button trust = Icons.on(new Button("Trust this certificate and reconnect"), Feather.SHIELD);
    private final Button close = new Button("Hide");
    private final ProgressIndicator busy = new ProgressIndicator();

    public DiagnosisView(DiagnosisViewModel model, java.util.function.Consumer<String> trustFingerprint) {
        setId("diagnosis");
        headline.setId("diagnosis-cause");
        summary.setId("diagnosis-summary");
        fix.setId("diagnosis-fix");
        steps.setId("diagnosis-steps");
        raw.setId("diagnosis-raw");
        trust.setId("diagnosis-trust");
        layOut();
        model.reportProperty().addListener((o, old, report) -> show(report, model));
        busy.visibleProperty().bind(model.runningProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(visibleProperty());
        close.setOnAction(e -> model.hide());
        copyFix.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(fix.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        trust.setOnAction(e -> trustFingerprint.accept(model.untrustedFingerprint()));
    }

    /**
     * The headline wraps beside Hide, Copy fix sits by the fix's title, and the whole pane scrolls within
     * half the events' height (RequestWorkspaceView sizes it): at 1280x800 a row of headline and buttons cut
     * both, and a pane sized to its content left the timeline one or two rows and the steps one line.
     */
    private void layOut() {
        headline.getStyleClass().add("diagnosis-headline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(headline, Priority.ALWAYS);
        headline.setMaxWidth(Double.MAX_VALUE);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        fix.setEditable(false);
        fix.setWrapText(true);
        fix.setPrefRowCount(7);
        fix.setMinHeight(Region.USE_PREF_SIZE);
        fix.getStyleClass().add("code");
        steps.getStyleClass().add("code");
        steps.setWrapText(true); // a probe's line ("no Sec-WebSocket-Key ... (changed from 404)") outgrows the pane
        steps.setMinHeight(Region.USE_PREF_SIZE);
        raw.setEditable(false);
        raw.setPrefRowCount(14);
        raw.setMinHeight(Region.USE_PREF_SIZE);
        raw.getStyleClass().add("code");
        busy.setPrefSize(18, 18);
        for (Button button : new Button[] {trust, copyFix, close}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox top = new HBox(8, busy, headline, close);
        top.setAlignment(Pos.CENTER_LEFT);
        trust.managedProperty().bind(trust.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox fixTitle = new HBox(8, new Label("Fix"), gap, copyFix);
        fixTitle.setAlignment(Pos.BOTTOM_LEFT);
        TitledPane details = new TitledPane("Steps, raw handshake and certificates", new VBox(6, steps, raw));
        details.setExpanded(false);
        VBox content = new VBox(6, top, summary, trust, fixTitle, fix, details);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getChildren().add(scroll);
        getStyleClass().add("diagnosis-pane");
    }

    private void show(DoctorReport report, DiagnosisViewModel model) {
        if (report == null) {
            headline.setText("Examining the connection step by step …");
            summary.setText("");
            fix.setText("");
            steps.setText("");
            raw.setText("");
            trust.setVisible(false);
            return;
        }
        getStyleClass().remove("healthy");
        if (report.ok()) {
            getStyleClass().add("healthy");
        }
        headline.setText(report.ok() ? "Healthy: " + report.url()
                : "Why it failed: " + report.diagnosis().cause().code());
        summary.setText(report.ok() ? "Every step passed. " + report.summary() : report.summary());
        fix.setText(report.ok() ? "" : SoftLines.of(report.diagnosis().fix()));
        steps.setText(String.join("\n", StepTable.lines(report.steps(), status -> String.format("%-8s", status.wire()))));
        raw.setText(DoctorText.write(report));
        trust.setVisible(model.untrustedFingerprint() != null);
    }
}
