package dev.wscope.ui.session;

import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ProxyOptions;
import dev.wscope.core.request.ReconnectOptions;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A request's connection options as editable properties (the Settings tab, the protocol beside the address). FX thread only. */
public final class ConnectionSettings {
    private final IntegerProperty handshakeTimeoutSeconds = new SimpleIntegerProperty(10);
    private final IntegerProperty maxMessageMiB = new SimpleIntegerProperty(64);
    private final TlsSettings tls = new TlsSettings();
    private final StringProperty proxy = new SimpleStringProperty("");
    private final StringProperty origin = new SimpleStringProperty("");
    private final BooleanProperty followRedirects = new SimpleBooleanProperty(false);
    private final BooleanProperty deflate = new SimpleBooleanProperty(false);
    private final IntegerProperty pingIntervalSeconds = new SimpleIntegerProperty(0);
    private final BooleanProperty autoPong = new SimpleBooleanProperty(true);
    private final BooleanProperty reconnect = new SimpleBooleanProperty(false);
    private final IntegerProperty reconnectAttempts = new SimpleIntegerProperty(5);
    private final LongProperty reconnectFirstDelayMillis = new SimpleLongProperty(1000);
    private final ProtocolSettings protocol = new ProtocolSettings();

    /** The options as the engine takes them; throws IllegalArgumentException (with words for the user) for a bad proxy. */
    public ConnectOptions toOptions() {
        long maxBytes = Math.max(1, maxMessageMiB.get()) * 1024L * 1024;
        return ConnectOptions.builder()
                .handshakeTimeoutMillis(Math.max(1, handshakeTimeoutSeconds.get()) * 1000)
                .maxMessageBytes(maxBytes)
                .tls(tls.toOptions())
                .proxy(ProxyOptions.parse(proxy.get()).orElse(null))
                .origin(origin.get().isBlank() ? null : origin.get().strip())
                .followRedirects(followRedirects.get())
                .deflate(deflate.get())
                .pingIntervalSeconds(Math.max(0, pingIntervalSeconds.get()))
                .reconnect(new ReconnectOptions(reconnect.get(), Math.max(1, reconnectAttempts.get()),
                        reconnectFirstDelayMillis.get(), 30_000))
                .autoPong(autoPong.get())
                .protocol(protocol.toSetup())
                .build();
    }

    /** Shows saved options for editing (the reverse of toOptions). */
    public void load(ConnectOptions options) {
        handshakeTimeoutSeconds.set(Math.max(1, options.handshakeTimeoutMillis() / 1000));
        maxMessageMiB.set((int) Math.max(1, options.maxMessageBytes() / (1024 * 1024)));
        tls.load(options.tls());
        ProxyOptions p = options.proxy();
        proxy.set(p == null ? "" : "http://" + (p.username() == null ? "" : p.username()
                + (p.password() == null || p.password().isEmpty() ? "" : ":" + p.password()) + "@") + p.host() + ":" + p.port());
        origin.set(options.origin() == null ? "" : options.origin());
        followRedirects.set(options.followRedirects());
        deflate.set(options.deflate());
        pingIntervalSeconds.set(options.pingIntervalSeconds());
        autoPong.set(options.autoPong());
        reconnect.set(options.reconnect().enabled());
        reconnectAttempts.set(options.reconnect().attempts());
        reconnectFirstDelayMillis.set(options.reconnect().firstDelayMillis());
        protocol.load(options.protocol());
    }

    /** Every setting, for watching the request for unsaved changes. */
    public java.util.List<javafx.beans.Observable> observables() {
        java.util.List<javafx.beans.Observable> all = new java.util.ArrayList<>(java.util.List.of(handshakeTimeoutSeconds,
                maxMessageMiB, proxy, origin, followRedirects, deflate, pingIntervalSeconds, autoPong, reconnect,
                reconnectAttempts, reconnectFirstDelayMillis));
        all.addAll(tls.observables());
        all.addAll(protocol.observables());
        return all;
    }

    public IntegerProperty handshakeTimeoutSecondsProperty() {
        return handshakeTimeoutSeconds;
    }

    public IntegerProperty maxMessageMiBProperty() {
        return maxMessageMiB;
    }

    public TlsSettings tls() {
        return tls;
    }

    /** The protocol spoken over the frames and its settings. */
    public ProtocolSettings protocol() {
        return protocol;
    }

    public StringProperty proxyProperty() {
        return proxy;
    }

    public StringProperty originProperty() {
        return origin;
    }

    public BooleanProperty followRedirectsProperty() {
        return followRedirects;
    }

    public BooleanProperty deflateProperty() {
        return deflate;
    }

    public IntegerProperty pingIntervalSecondsProperty() {
        return pingIntervalSeconds;
    }

    /** Answer the server's pings (on by default); off to see how a server takes a pong that never comes. */
    public BooleanProperty autoPongProperty() {
        return autoPong;
    }

    public BooleanProperty reconnectProperty() {
        return reconnect;
    }

    public IntegerProperty reconnectAttemptsProperty() {
        return reconnectAttempts;
    }

    /** The wait before the first attempt; later ones double it up to 30 s. Not shown in the window. */
    public LongProperty reconnectFirstDelayMillisProperty() {
        return reconnectFirstDelayMillis;
    }
}
