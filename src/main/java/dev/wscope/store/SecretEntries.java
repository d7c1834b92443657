package dev.wscope.store;

import com.google.gson.JsonObject;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ProxyOptions;
import dev.wscope.core.request.TlsOptions;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Variable;
import java.util.Optional;

/**
 * One collection's entry in the secrets file:
 * {"environments": {ENV: {VARIABLE: value}}, "requests": {REQUEST-ID: {"proxyPassword", "clientPassword",
 * "passcode"}}} (passcode: STOMP's).
 */
final class SecretEntries {
    private SecretEntries() {
    }

    static JsonObject of(Collection collection) {
        JsonObject environments = new JsonObject();
        for (Environment environment : collection.environments()) {
            JsonObject values = new JsonObject();
            environment.secrets().stream().filter(Variable::hasValue).forEach(v -> values.addProperty(v.name(), v.value()));
            if (values.size() > 0) {
                environments.add(environment.name(), values);
            }
        }
        JsonObject requests = new JsonObject();
        for (SavedRequest request : collection.requests()) {
            JsonObject passwords = new JsonObject();
            ConnectOptions options = request.options();
            if (options.proxy() != null && options.proxy().password() != null) {
                passwords.addProperty("proxyPassword", options.proxy().password());
            }
            if (options.tls().clientPassword() != null) {
                passwords.addProperty("clientPassword", options.tls().clientPassword());
            }
            options.protocol().setting(ProtocolSetup.PASSCODE).ifPresent(code -> passwords.addProperty("passcode", code));
            if (passwords.size() > 0) {
                requests.add(request.id(), passwords);
            }
        }
        JsonObject entry = new JsonObject();
        if (environments.size() > 0) {
            entry.add("environments", environments);
        }
        if (requests.size() > 0) {
            entry.add("requests", requests);
        }
        return entry;
    }

    /** Stored values win; a secret with none stored keeps what it had (a value typed into the file by hand). */
    static Collection fill(Collection collection, JsonObject entry) {
        if (entry == null) {
            return collection;
        }
        JsonFields fields = new JsonFields(entry, "$.collections." + collection.id());
        JsonFields environments = fields.object("environments").orElse(JsonFields.root(new JsonObject()));
        JsonFields requests = fields.object("requests").orElse(JsonFields.root(new JsonObject()));
        return collection.withEnvironments(collection.environments().stream()
                        .map(environment -> filled(environment, environments.object(environment.name())))
                        .toList())
                .mapRequests(request -> filled(request, requests.object(request.id())));
    }

    private static Environment filled(Environment environment, Optional<JsonFields> stored) {
        if (stored.isEmpty()) {
            return environment;
        }
        return new Environment(environment.name(), environment.variables().stream()
                .map(v -> v.secret() ? v.withValue(stored.get().string(v.name(), v.value())) : v).toList());
    }

    private static SavedRequest filled(SavedRequest request, Optional<JsonFields> stored) {
        if (stored.isEmpty()) {
            return request;
        }
        ConnectOptions options = request.options();
        ProxyOptions proxy = options.proxy();
        if (proxy != null) {
            proxy = new ProxyOptions(proxy.host(), proxy.port(), proxy.username(),
                    stored.get().string("proxyPassword", proxy.password()));
        }
        TlsOptions tls = options.tls();
        tls = tls.withClientCertificate(tls.clientCertificate(), tls.clientKey(),
                stored.get().string("clientPassword", tls.clientPassword()));
        ProtocolSetup protocol = options.protocol();
        protocol = protocol.with(ProtocolSetup.PASSCODE,
                stored.get().string("passcode", protocol.settings().get(ProtocolSetup.PASSCODE)));
        return request.withOptions(options.withProxy(proxy).withTls(tls).withProtocol(protocol));
    }
}
