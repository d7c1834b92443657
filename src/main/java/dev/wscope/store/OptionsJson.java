package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ProxyOptions;
import dev.wscope.core.request.ReconnectOptions;
import dev.wscope.core.request.TlsOptions;
import java.util.Optional;

/**
 * A request's connection options in a file. The proxy password, the client certificate's password and STOMP's
 * passcode are left out on purpose: they are kept in the owner-only secrets file (SecretStore), never in a shared file.
 */
public final class OptionsJson {
    private OptionsJson() {
    }

    public static JsonObject write(ConnectOptions options) {
        JsonObject json = new JsonObject();
        json.addProperty("handshakeTimeoutMillis", options.handshakeTimeoutMillis());
        json.addProperty("maxMessageBytes", options.maxMessageBytes());
        addIfSet(json, "origin", options.origin());
        json.addProperty("followRedirects", options.followRedirects());
        json.addProperty("deflate", options.deflate());
        json.addProperty("pingIntervalSeconds", options.pingIntervalSeconds());
        json.addProperty("autoPong", options.autoPong());
        if (options.proxy() != null) {
            JsonObject proxy = new JsonObject();
            proxy.addProperty("host", options.proxy().host());
            proxy.addProperty("port", options.proxy().port());
            addIfSet(proxy, "username", options.proxy().username());
            json.add("proxy", proxy);
        }
        json.add("tls", writeTls(options.tls()));
        ReconnectOptions reconnect = options.reconnect();
        JsonObject again = new JsonObject();
        again.addProperty("enabled", reconnect.enabled());
        again.addProperty("attempts", reconnect.attempts());
        again.addProperty("firstDelayMillis", reconnect.firstDelayMillis());
        again.addProperty("maxDelayMillis", reconnect.maxDelayMillis());
        json.add("reconnect", again);
        if (!options.protocol().isRaw()) {
            json.add("protocol", writeProtocol(options.protocol()));
        }
        return json;
    }

    public static ConnectOptions read(JsonFields json) {
        ConnectOptions defaults = ConnectOptions.defaults();
        ReconnectOptions off = ReconnectOptions.off();
        ProxyOptions proxy = json.object("proxy").map(p -> new ProxyOptions(p.string("host", ""), p.integer("port", 0),
                p.string("username", null), null)).orElse(null);
        ReconnectOptions reconnect = json.object("reconnect").map(r -> new ReconnectOptions(r.bool("enabled", false),
                r.integer("attempts", off.attempts()), r.number("firstDelayMillis", off.firstDelayMillis()),
                r.number("maxDelayMillis", off.maxDelayMillis()))).orElse(off);
        return ConnectOptions.builder()
                .handshakeTimeoutMillis(json.integer("handshakeTimeoutMillis", defaults.handshakeTimeoutMillis()))
                .maxMessageBytes(json.number("maxMessageBytes", defaults.maxMessageBytes()))
                .tls(json.object("tls").map(OptionsJson::readTls).orElse(TlsOptions.defaults()))
                .proxy(proxy)
                .origin(json.string("origin", null))
                .followRedirects(json.bool("followRedirects", false))
                .deflate(json.bool("deflate", false))
                .pingIntervalSeconds(json.integer("pingIntervalSeconds", 0))
                .reconnect(reconnect)
                .autoPong(json.bool("autoPong", true))
                .protocol(json.object("protocol").map(OptionsJson::readProtocol).orElse(ProtocolSetup.raw()))
                .build();
    }

    /** {"name": "stomp", "settings": {"login": "guest", ...}}, the passcode left to the secrets file. */
    private static JsonObject writeProtocol(ProtocolSetup protocol) {
        JsonObject json = new JsonObject();
        json.addProperty("name", protocol.kind().id());
        JsonObject settings = new JsonObject();
        protocol.settings().forEach((key, value) -> {
            if (!key.equals(ProtocolSetup.PASSCODE)) {
                settings.addProperty(key, value);
            }
        });
        json.add("settings", settings);
        return json;
    }

    private static ProtocolSetup readProtocol(JsonFields json) {
        String name = json.string("name", ProtocolKind.RAW.id());
        ProtocolKind kind = ProtocolKind.byId(name).orElseThrow(() -> json.problem("name",
                "is an unknown protocol \"" + name + "\" (known: " + ProtocolKind.ids() + ")"));
        ProtocolSetup setup = ProtocolSetup.of(kind);
        Optional<JsonFields> settings = json.object("settings");
        if (settings.isPresent()) {
            for (String key : settings.get().object().keySet()) {
                setup = setup.with(key, settings.get().string(key, null));
            }
        }
        return setup;
    }

    private static JsonObject writeTls(TlsOptions tls) {
        JsonObject json = new JsonObject();
        json.addProperty("insecure", tls.insecure());
        json.addProperty("verifyHostname", tls.verifyHostname());
        addIfSet(json, "caFile", tls.caFile());
        JsonArray fingerprints = new JsonArray();
        tls.trustedFingerprints().forEach(fingerprints::add);
        json.add("trustedFingerprints", fingerprints);
        addIfSet(json, "clientCertificate", tls.clientCertificate());
        addIfSet(json, "clientKey", tls.clientKey());
        return json;
    }

    private static TlsOptions readTls(JsonFields json) {
        return new TlsOptions(json.bool("insecure", false), json.bool("verifyHostname", true),
                json.string("caFile", null), json.strings("trustedFingerprints"), json.string("clientCertificate", null),
                json.string("clientKey", null), null);
    }

    /** An option that is not set is left out rather than written as null. */
    private static void addIfSet(JsonObject json, String key, String value) {
        if (value != null) {
            json.addProperty(key, value);
        }
    }
}
