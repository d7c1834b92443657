package dev.wscope.ui.diagnosis;

import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.session.Examiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The diagnosis pane's state: runs the doctor on the background executor and holds its report, which the
 * pane shows. FX thread only.
 */
public final class DiagnosisViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DiagnosisViewModel.class);
    private final Examiner doctor;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<DoctorReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private long generation;

    public DiagnosisViewModel(Examiner doctor, Executor background, Executor ui) {
        this.doctor = doctor;
        this.background = background;
        this.ui = ui;
    }

    /** Examines the request and shows the pane with the finding; a newer run replaces an older one. */
    public void run(ConnectRequest request) {
        long mine = ++generation;
        report.set(null); // an earlier finding, about another address or attempt, must not show meanwhile
        running.set(true);
        shown.set(true);
        CompletableFuture.supplyAsync(() -> doctor.examine(request), background).whenCompleteAsync((found, failure) -> {
            if (failure != null) {
                LOG.error("the doctor failed on {}", request.url(), failure);
            }
            if (mine == generation) {
                if (found != null) {
                    report.set(found);
                }
                running.set(false); // a doctor that failed itself must not leave the pane spinning
            }
        }, ui);
    }

    public void hide() {
        shown.set(false);
    }

    /** The fingerprint to trust when the finding is an untrusted certificate; null otherwise. */
    public String untrustedFingerprint() {
        DoctorReport found = report.get();
        if (found == null || found.ok() || found.diagnosis().cause() != Cause.TLS_UNTRUSTED_CERTIFICATE
                || found.tls() == null || found.tls().peerCertificates().isEmpty()) {
            return null;
        }
        return found.tls().peerCertificates().get(0).sha256();
    }

    public ObjectProperty<DoctorReport> reportProperty() {
        return report;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }
}
