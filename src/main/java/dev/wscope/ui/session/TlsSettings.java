package dev.wscope.ui.session;

import dev.wscope.core.request.TlsOptions;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The request's TLS settings as editable properties. FX thread only. */
public final class TlsSettings {
    private final BooleanProperty insecure = new SimpleBooleanProperty(false);
    private final BooleanProperty verifyHostname = new SimpleBooleanProperty(true);
    private final StringProperty caFile = new SimpleStringProperty("");
    private final StringProperty trustedFingerprints = new SimpleStringProperty("");
    private final StringProperty clientCertificate = new SimpleStringProperty("");
    private final StringProperty clientKey = new SimpleStringProperty("");
    private final StringProperty clientPassword = new SimpleStringProperty("");

    public TlsOptions toOptions() {
        return new TlsOptions(insecure.get(), verifyHostname.get(), blankToNull(caFile.get()),
                Arrays.stream(trustedFingerprints.get().split("[,\\s]+")).filter(s -> !s.isBlank()).toList(),
                blankToNull(clientCertificate.get()), blankToNull(clientKey.get()), clientPassword.get());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void load(TlsOptions options) {
        insecure.set(options.insecure());
        verifyHostname.set(options.verifyHostname());
        caFile.set(options.caFile() == null ? "" : options.caFile());
        trustedFingerprints.set(String.join(", ", options.trustedFingerprints()));
        clientCertificate.set(options.clientCertificate() == null ? "" : options.clientCertificate());
        clientKey.set(options.clientKey() == null ? "" : options.clientKey());
        clientPassword.set(options.clientPassword() == null ? "" : options.clientPassword());
    }

    public java.util.List<javafx.beans.Observable> observables() {
        return java.util.List.of(insecure, verifyHostname, caFile, trustedFingerprints, clientCertificate, clientKey,
                clientPassword);
    }

    /** Adds a fingerprint to the trusted ones (once). */
    public void trust(String fingerprint) {
        Set<String> all = new LinkedHashSet<>(toOptions().trustedFingerprints());
        all.add(TlsOptions.normalise(fingerprint));
        trustedFingerprints.set(String.join(", ", all));
    }

    public BooleanProperty insecureProperty() {
        return insecure;
    }

    public BooleanProperty verifyHostnameProperty() {
        return verifyHostname;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public StringProperty trustedFingerprintsProperty() {
        return trustedFingerprints;
    }

    /** A PKCS#12 file, or a PEM certificate (then with clientKey). */
    public StringProperty clientCertificateProperty() {
        return clientCertificate;
    }

    public StringProperty clientKeyProperty() {
        return clientKey;
    }

    public StringProperty clientPasswordProperty() {
        return clientPassword;
    }
}
