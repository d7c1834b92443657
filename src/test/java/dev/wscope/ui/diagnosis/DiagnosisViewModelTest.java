package dev.wscope.ui.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.CertificateInfo;
import dev.wscope.core.diagnosis.Diagnosis;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.TlsInfo;
import dev.wscope.core.request.ConnectRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diagnosis pane's state through the doctor's port: runs held back, then let go in the order a test picks. */
class DiagnosisViewModelTest {
    private final Deque<Runnable> background = new ArrayDeque<>();
    /** The doctor's answer for each address; an address it has none for makes the doctor fail. */
    private final Map<String, DoctorReport> answers = new HashMap<>();
    private final DiagnosisViewModel model = new DiagnosisViewModel(request -> {
        DoctorReport answer = answers.get(request.url());
        if (answer == null) {
            throw new IllegalStateException("the doctor itself failed");
        }
        return answer;
    }, background::add, Runnable::run);

    @Test
    void aRun_showsThePaneSpinning_thenItsFinding() {
        DoctorReport refused = report(Cause.CONNECTION_REFUSED, null);
        answers.put("ws://127.0.0.1:9/", refused);
        model.run(ConnectRequest.of("ws://127.0.0.1:9/"));

        assertTrue(model.shownProperty().get());
        assertTrue(model.runningProperty().get());
        assertNull(model.reportProperty().get());
        background.poll().run();
        assertFalse(model.runningProperty().get());
        assertSame(refused, model.reportProperty().get());
    }

    @Test
    void aNewerRun_clearsTheOlderFinding_andTheOlderOneLandingLateIsDropped() {
        answers.put("ws://127.0.0.1:9/a", report(Cause.CONNECTION_REFUSED, null));
        answers.put("ws://127.0.0.1:9/b", report(Cause.NOT_FOUND, null));
        model.run(ConnectRequest.of("ws://127.0.0.1:9/a"));
        Runnable older = background.poll();
        model.run(ConnectRequest.of("ws://127.0.0.1:9/b"));
        Runnable newer = background.poll();

        newer.run();
        older.run();

        assertEquals(Cause.NOT_FOUND, model.reportProperty().get().diagnosis().cause(),
                "the finding shown is the newer run's, though the older one finished last");
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aDoctorThatFailsItself_doesNotLeaveThePaneSpinning() {
        model.run(ConnectRequest.of("ws://127.0.0.1:9/"));
        background.poll().run();
        assertFalse(model.runningProperty().get());
        assertNull(model.reportProperty().get());
    }

    @Test
    void theFingerprintToTrust_onlyForAnUntrustedCertificate() {
        CertificateInfo leaf = new CertificateInfo("CN=localhost", "CN=localhost", "", "", "AB:CD", List.of("localhost"));
        answers.put("wss://127.0.0.1:9/untrusted", report(Cause.TLS_UNTRUSTED_CERTIFICATE, new TlsInfo(null, null, List.of(leaf))));
        answers.put("wss://127.0.0.1:9/mismatch", report(Cause.TLS_HOSTNAME_MISMATCH, new TlsInfo(null, null, List.of(leaf))));

        model.run(ConnectRequest.of("wss://127.0.0.1:9/untrusted"));
        background.poll().run();
        assertEquals("AB:CD", model.untrustedFingerprint());
        model.run(ConnectRequest.of("wss://127.0.0.1:9/mismatch"));
        background.poll().run();
        assertNull(model.untrustedFingerprint());
    }

    @Test
    void hide_hidesThePane() {
        answers.put("ws://127.0.0.1:9/", report(Cause.NOT_FOUND, null));
        model.run(ConnectRequest.of("ws://127.0.0.1:9/"));
        model.hide();
        assertFalse(model.shownProperty().get());
    }

    private static DoctorReport report(Cause cause, TlsInfo tls) {
        return new DoctorReport("ws://127.0.0.1:9/", false, List.of(), new Diagnosis(cause, "summary", "fix"), null,
                null, tls);
    }
}
