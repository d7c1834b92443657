package dev.wscope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.engine.tls.Certificates;
import dev.wscope.server.TestServer;
import dev.wscope.server.tls.CertificateMaker;
import dev.wscope.server.tls.Certified;
import dev.wscope.testing.ActionCable;
import dev.wscope.testing.Nginx;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A connection through an nginx that drops the upgrade: the diagnosis pane opens by itself and names the fix. */
class DiagnosisUiTest extends FreshWindow {

    @Test
    void failedConnectionBehindNginx_opensTheDiagnosisWithTheProxyFix(FxRobot robot) throws Exception {
        try (TestServer backend = TestServer.start("127.0.0.1", 0);
             Nginx nginx = Nginx.proxyTo(backend.port(), false)) {
            Pane diagnosis = robot.lookup("#diagnosis").queryAs(Pane.class);
            assertTrue(!diagnosis.isVisible(), "hidden until something fails");
            robot.interact(() -> robot.lookup("#url").queryAs(TextField.class).setText(nginx.url("/echo")));
            robot.clickOn("#connect");
            Label state = robot.lookup("#connection-state").queryAs(Label.class);
            waitUntil(() -> state.getText().startsWith("Failed"));
            Label cause = robot.lookup("#diagnosis-cause").queryAs(Label.class);
            waitUntil(() -> diagnosis.isVisible() && cause.getText().contains("proxy-dropped-upgrade"));
            String summary = robot.lookup("#diagnosis-summary").queryAs(Label.class).getText();
            assertTrue(summary.contains("reverse proxy (nginx"), summary);
            String fix = robot.lookup("#diagnosis-fix").queryAs(TextArea.class).getText();
            assertTrue(fix.contains("proxy_set_header Upgrade $http_upgrade;"), fix);
            assertTrue(fix.contains("proxy_set_header Connection \"upgrade\";"), fix);
            String raw = robot.lookup("#diagnosis-raw").queryAs(TextArea.class).getText();
            assertTrue(raw.contains("GET /echo HTTP/1.1"), "the raw request is shown");
            assertTrue(raw.contains("HTTP/1.1 426"), raw);
        }
    }

    @Test
    void actionCableBehindNginxForwardingTheUpgradeButNotTheHost_showsEachProbeInTheSteps(FxRobot robot) throws Exception {
        try (ActionCable cable = ActionCable.start();
             Nginx nginx = Nginx.proxyTo(cable.port(), List.of("proxy_http_version 1.1;",
                     "proxy_set_header Upgrade $http_upgrade;", "proxy_set_header Connection \"upgrade\";"))) {
            robot.clickOn("#url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                    .write(nginx.url("/cable")).type(KeyCode.ENTER);
            Label cause = robot.lookup("#diagnosis-cause").queryAs(Label.class);
            waitUntil(() -> cause.getText().contains("forbidden-origin"));
            String summary = robot.lookup("#diagnosis-summary").queryAs(Label.class).getText();
            assertTrue(summary.contains("forwards the upgrade but not the Host"), summary);
            robot.clickOn("Steps, raw handshake and certificates");
            Label steps = robot.lookup("#diagnosis-steps").queryAs(Label.class);
            waitUntil(() -> steps.getHeight() > 0);
            assertTrue(steps.getText().contains("Probes: the same request with one change, on a new connection"),
                    steps.getText());
            assertTrue(steps.getText().lines().anyMatch(line -> line.startsWith("failed   no Sec-WebSocket-Key")
                    && line.endsWith("500 Internal Server Error (changed from 404)")), steps.getText());
            Sight.assertShownWhole(steps);
        }
    }

    @Test
    void diagnoseOnAHealthyAddress_saysSo(FxRobot robot) throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            robot.interact(() -> robot.lookup("#url").queryAs(TextField.class).setText(server.url("/echo")));
            robot.clickOn("#diagnose");
            Label cause = robot.lookup("#diagnosis-cause").queryAs(Label.class);
            waitUntil(() -> cause.getText().startsWith("Healthy"));
            assertEquals("Every step passed. The WebSocket connection opens and closes cleanly.",
                    robot.lookup("#diagnosis-summary").queryAs(Label.class).getText());
        }
    }

    @Test
    void selfSignedServer_isTrustedFromTheDiagnosisWithOneClick(FxRobot robot) throws Exception {
        Certified self = CertificateMaker.localhost();
        try (TestServer server = TestServer.start("127.0.0.1", 0, CertificateMaker.serverContext(self))) {
            robot.interact(() -> robot.lookup("#url").queryAs(TextField.class).setText(server.url("/echo")));
            robot.clickOn("#connect");
            Label cause = robot.lookup("#diagnosis-cause").queryAs(Label.class);
            waitUntil(() -> cause.getText().contains("tls-untrusted-certificate"));
            Sight.assertNothingCut(robot.lookup("#diagnosis").query(), "the heading and its buttons whole at 1280x800");
            assertTrue(Sight.onScreen(robot.lookup("#timeline").query()).getHeight() >= 30 + 4 * 26,
                    "the timeline keeps room for four rows beside the diagnosis");
            assertTrue(Sight.onScreen(robot.lookup("#diagnosis").query()).getHeight() >= 200,
                    "and the diagnosis room for its words and fix: " + Sight.onScreen(robot.lookup("#diagnosis").query()));
            robot.clickOn("Steps, raw handshake and certificates");
            Label steps = robot.lookup("#diagnosis-steps").queryAs(Label.class);
            TextArea raw = robot.lookup("#diagnosis-raw").queryAs(TextArea.class);
            waitUntil(() -> steps.getHeight() > 0 && raw.getHeight() > 0);
            double line = steps.getFont().getSize();
            assertTrue(steps.getHeight() >= 3 * line, "every step on its line, not one squeezed box: " + steps.getHeight());
            assertTrue(raw.getHeight() >= 8 * line, "the raw exchange has room to read: " + raw.getHeight());
            String fingerprint = Certificates.sha256(self.certificate());
            assertTrue(robot.lookup("#diagnosis-summary").queryAs(Label.class).getText().contains(fingerprint));
            String fix = robot.lookup("#diagnosis-fix").queryAs(TextArea.class).getText();
            assertTrue(fix.contains("Settings > TLS > CA file"), "the window's own controls: " + fix);
            String report = robot.lookup("#diagnosis-raw").queryAs(TextArea.class).getText();
            for (String option : List.of("--insecure", "--ca", "--trust")) {
                assertFalse(fix.contains(option) || report.contains(option), option + " in the window's diagnosis");
            }
            WindowRobot.clickOnceLaidOut(robot, robot.lookup("#diagnosis-trust").query());
            Label state = robot.lookup("#connection-state").queryAs(Label.class);
            try {
                waitUntil(() -> state.getText().startsWith("Connected"));
            } catch (AssertionError notConnected) {
                throw new AssertionError("after the trust click: " + state.getText() + ", trusted: '"
                        + robot.lookup("#tls-trusted").queryAs(TextField.class).getText() + "'", notConnected);
            }
            assertEquals(fingerprint, robot.lookup("#tls-trusted").queryAs(TextField.class).getText());
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        UiWait.until(condition, 15);
    }
}
