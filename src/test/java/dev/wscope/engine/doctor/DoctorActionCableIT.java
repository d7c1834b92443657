package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorStep;
import dev.wscope.core.diagnosis.DoctorText;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.request.TlsOptions;
import dev.wscope.engine.tls.Certificates;
import dev.wscope.server.tls.CertificateMaker;
import dev.wscope.server.tls.Certified;
import dev.wscope.testing.ActionCable;
import dev.wscope.testing.Apache;
import dev.wscope.testing.Nginx;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed case: a real Rails Action Cable app under puma, which answers 404 "Page not found" both when the
 * upgrade headers do not reach it and when it refuses the Origin, directly and behind a real nginx. The doctor's
 * probes tell the causes apart, and the log line it names is the one Rails wrote.
 */
class DoctorActionCableIT {
    private static final List<String> UPGRADE_LINES = List.of("proxy_http_version 1.1;",
            "proxy_set_header Upgrade $http_upgrade;", "proxy_set_header Connection \"upgrade\";");
    private static ActionCable cable;
    private final Doctor doctor = new Doctor(Audience.COMMAND_LINE);

    @BeforeAll
    static void start() throws Exception {
        cable = ActionCable.start("https://app.example.com");
    }

    @AfterAll
    static void stop() throws Exception {
        cable.close();
    }

    @Test
    void refusedOrigin_direct_isForbiddenOrigin_provenByTheProbeWithTheHostsOwnOrigin() throws Exception {
        ConnectRequest request = new ConnectRequest(cable.url(), List.of(new KeyValue(true, "Origin", "https://evil.example")),
                List.of(), List.of(), ConnectOptions.defaults());

        String before = cable.railsLog();
        DoctorReport report = doctor.examine(request);

        String own = "http://127.0.0.1:" + cable.port();
        assertEquals("forbidden-origin", report.diagnosis().cause().code(), DoctorText.write(report));
        assertEquals(404, report.response().status());
        assertTrue(report.diagnosis().summary().contains("the same request with Origin: " + own
                + " was accepted with 101"), report.diagnosis().summary());
        assertTrue(report.diagnosis().summary().contains("Request origin not allowed: https://evil.example"),
                report.diagnosis().summary());
        assertTrue(loggedSince(before).contains("Request origin not allowed: https://evil.example"), cable.output());
        assertTrue(report.diagnosis().fix().contains("config.action_cable.allowed_request_origins = [\"https://evil.example\"]"),
                report.diagnosis().fix());
        DoctorStep probe = step(report, "probe: Origin " + own);
        assertEquals("ok", probe.status().wire());
        assertEquals("101 Switching Protocols (accepted)", probe.detail());
    }

    @Test
    void nginxWithoutUpgradeLines_isTheDroppedUpgrade_withRailsLogLine_andAFixThatForwardsHostToo() throws Exception {
        try (Nginx nginx = Nginx.proxyTo(cable.port(), List.of())) {
            String before = cable.railsLog();
            DoctorReport report = doctor.examine(ConnectRequest.of(nginx.url("/cable")));

            assertEquals("proxy-dropped-upgrade", report.diagnosis().cause().code(), DoctorText.write(report));
            String line = "Failed to upgrade to WebSocket (REQUEST_METHOD: GET, HTTP_CONNECTION: close, HTTP_UPGRADE: )";
            assertTrue(report.diagnosis().summary().contains(line), report.diagnosis().summary());
            assertTrue(loggedSince(before).contains(line), cable.output());
            assertTrue(report.diagnosis().fix().contains("proxy_set_header Host $http_host;"), report.diagnosis().fix());
            assertTrue(report.diagnosis().fix().contains("proxy_set_header X-Forwarded-For"), report.diagnosis().fix());
            assertTrue(report.diagnosis().fix().contains("proxy_set_header X-Forwarded-Proto $scheme;"), report.diagnosis().fix());
            assertEquals("404 Not Found (the same answer)", step(report, "probe: no Sec-WebSocket-Key").detail());
        }
    }

    @Test
    void nginxForwardingTheUpgradeButNotTheHost_isTheOriginHostMismatch_notTheSameFixAgain() throws Exception {
        try (Nginx nginx = Nginx.proxyTo(cable.port(), UPGRADE_LINES)) {
            String before = cable.railsLog();
            DoctorReport report = doctor.examine(ConnectRequest.of(nginx.url("/cable")));

            assertEquals("forbidden-origin", report.diagnosis().cause().code(), DoctorText.write(report));
            String publicOrigin = "http://127.0.0.1:" + nginx.port();
            assertTrue(report.diagnosis().summary().contains("forwards the upgrade but not the Host"), report.diagnosis().summary());
            assertTrue(report.diagnosis().summary().contains("Request origin not allowed: " + publicOrigin),
                    report.diagnosis().summary());
            assertTrue(loggedSince(before).contains("Request origin not allowed: " + publicOrigin), cable.output());
            assertTrue(report.diagnosis().fix().contains("proxy_set_header Host $http_host;"), report.diagnosis().fix());
            assertTrue(report.diagnosis().fix().contains("proxy_set_header X-Forwarded-Proto $scheme;"), report.diagnosis().fix());
            assertFalse(report.diagnosis().fix().contains("proxy_http_version"), "not the upgrade fix again: "
                    + report.diagnosis().fix());
            assertTrue(step(report, "probe: no Sec-WebSocket-Key").detail().endsWith("(changed from 404)"),
                    DoctorText.write(report));
        }
    }

    @Test
    void theSeedCase_theDroppedUpgradeFixAppliedExactlyAsPrinted_connects() throws Exception {
        List<String> printed = printedDroppedUpgradeFix();
        try (Nginx fixed = Nginx.proxyTo(cable.port(), printed)) {
            DoctorReport report = doctor.examine(ConnectRequest.of(fixed.url("/cable")));

            assertTrue(report.ok(), "the fix as printed " + printed + ":\n" + DoctorText.write(report));
        }
    }

    @Test
    void behindTls_aProxyPassingHostButNotTheScheme_isNamed_andThePrintedFixConnects() throws Exception {
        Certified certificate = CertificateMaker.localhost();
        List<String> withoutProto = new ArrayList<>(UPGRADE_LINES);
        withoutProto.add("proxy_set_header Host $http_host;");
        try (Nginx nginx = Nginx.proxyTo(cable.port(), withoutProto, certificate)) {
            String before = cable.railsLog();
            DoctorReport report = doctor.examine(trusting(nginx.url("/cable"), certificate));

            assertEquals("forbidden-origin", report.diagnosis().cause().code(), DoctorText.write(report));
            assertTrue(report.diagnosis().summary().contains("or not the scheme"), report.diagnosis().summary());
            String line = "Request origin not allowed: https://127.0.0.1:" + nginx.port();
            assertTrue(report.diagnosis().summary().contains(line), report.diagnosis().summary());
            assertTrue(loggedSince(before).contains(line), cable.output());
            assertTrue(report.diagnosis().fix().contains("proxy_set_header X-Forwarded-Proto $scheme;"), report.diagnosis().fix());
        }
        List<String> printed = printedDroppedUpgradeFix();
        try (Nginx fixed = Nginx.proxyTo(cable.port(), printed, certificate)) {
            DoctorReport report = doctor.examine(trusting(fixed.url("/cable"), certificate));

            assertTrue(report.ok(), "the fix as printed " + printed + ", over TLS:\n" + DoctorText.write(report));
        }
    }

    @Test
    void theHostFixAppliedExactlyAsPrinted_connects() throws Exception {
        List<String> printed;
        try (Nginx halfFixed = Nginx.proxyTo(cable.port(), UPGRADE_LINES)) {
            printed = nginxLines(doctor.examine(ConnectRequest.of(halfFixed.url("/cable"))).diagnosis().fix());
        }
        List<String> lines = new ArrayList<>(UPGRADE_LINES);
        lines.addAll(printed);
        try (Nginx fixed = Nginx.proxyTo(cable.port(), lines)) {
            DoctorReport report = doctor.examine(ConnectRequest.of(fixed.url("/cable")));

            assertTrue(report.ok(), "the fix as printed " + printed + ":\n" + DoctorText.write(report));
        }
    }

    @Test
    void apache_withoutTheUpgrade_thenWithoutTheHost_eachNamed_andProxyPreserveHostAsPrintedConnects() throws Exception {
        try (Apache plain = Apache.proxyTo(cable.port(), false)) {
            DoctorReport report = doctor.examine(ConnectRequest.of(plain.url("/cable")));

            assertEquals("proxy-dropped-upgrade", report.diagnosis().cause().code(), DoctorText.write(report));
            assertTrue(report.diagnosis().fix().startsWith("Apache httpd 2.4.47+"), report.diagnosis().fix());
            assertTrue(report.diagnosis().fix().contains("ProxyPreserveHost On"), report.diagnosis().fix());
        }
        try (Apache apache = Apache.proxyTo(cable.port(), true, 60, List.of())) {
            String before = cable.railsLog();
            DoctorReport report = doctor.examine(ConnectRequest.of(apache.url("/cable")));

            assertEquals("forbidden-origin", report.diagnosis().cause().code(), DoctorText.write(report));
            assertTrue(report.diagnosis().summary().contains("forwards the upgrade but not the Host"), report.diagnosis().summary());
            String line = "Request origin not allowed: http://127.0.0.1:" + apache.port();
            assertTrue(loggedSince(before).contains(line), cable.output());
            assertTrue(report.diagnosis().fix().contains("Apache httpd: ProxyPreserveHost On"), report.diagnosis().fix());
        }
        try (Apache fixed = Apache.proxyTo(cable.port(), true, 60, List.of("ProxyPreserveHost On"))) {
            DoctorReport report = doctor.examine(ConnectRequest.of(fixed.url("/cable")));

            assertTrue(report.ok(), DoctorText.write(report));
        }
    }

    /** The nginx lines the doctor prints for an nginx without the upgrade lines in front of the app. */
    private List<String> printedDroppedUpgradeFix() throws Exception {
        try (Nginx broken = Nginx.proxyTo(cable.port(), List.of())) {
            return nginxLines(doctor.examine(ConnectRequest.of(broken.url("/cable"))).diagnosis().fix());
        }
    }

    private static ConnectRequest trusting(String url, Certified certificate) throws Exception {
        TlsOptions pinned = new TlsOptions(false, true, null, List.of(Certificates.sha256(certificate.certificate())));
        return new ConnectRequest(url, List.of(), List.of(), List.of(),
                new ConnectOptions(ConnectOptions.DEFAULT_HANDSHAKE_TIMEOUT_MILLIS, ConnectOptions.DEFAULT_MAX_MESSAGE_BYTES, pinned));
    }

    /** What Rails logged after the given earlier log: this test's lines only, whatever ran before. */
    private static String loggedSince(String before) throws java.io.IOException {
        return cable.railsLog().substring(before.length());
    }

    /** The nginx directives of a printed fix: its indented lines that start with proxy_. */
    private static List<String> nginxLines(String fix) {
        List<String> lines = fix.lines().filter(line -> line.startsWith("    proxy_")).map(String::strip).toList();
        assertFalse(lines.isEmpty(), fix);
        return lines;
    }

    private static DoctorStep step(DoctorReport report, String name) {
        return report.steps().stream().filter(step -> step.step().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + ":\n" + DoctorText.write(report)));
    }
}
