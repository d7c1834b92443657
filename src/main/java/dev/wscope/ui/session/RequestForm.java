package dev.wscope.ui.session;

import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValueKind;
import dev.wscope.core.request.Subprotocols;
import dev.wscope.ui.keyvalue.KeyValueListModel;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The request as the user types it: the address (with its params kept in step), headers, cookies,
 * subprotocols and the connection settings, and what keeps it from being sent, said under the address.
 * FX thread only.
 */
public final class RequestForm {
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty urlError = new SimpleStringProperty("");
    private final StringProperty urlSuggestion = new SimpleStringProperty("");
    private final KeyValueListModel params = new KeyValueListModel(KeyValueKind.PARAMS);
    private final KeyValueListModel headers = new KeyValueListModel(KeyValueKind.HEADERS);
    private final KeyValueListModel cookies = new KeyValueListModel(KeyValueKind.COOKIES);
    private final StringProperty subprotocols = new SimpleStringProperty("");
    private final ConnectionSettings settings = new ConnectionSettings();

    public RequestForm() {
        url.addListener((o, old, text) -> {
            urlError.set("");
            urlSuggestion.set("");
        });
        new ParamsInAddress(url, params);
    }

    /** The request as typed, {{variables}} and all. */
    public ConnectRequest request() {
        return new ConnectRequest(url.get().strip(), headers.values(), cookies.values(),
                Subprotocols.parse(subprotocols.get()), settings.toOptions());
    }

    /** The request with its variables resolved, or empty after saying under the address what keeps it back. */
    Optional<ConnectRequest> sendable(SessionVariables variables) {
        return SendableRequest.of(this::request, variables, urlError, urlSuggestion);
    }

    /** Puts the offered correction (ws:// for http://, say) into the address. */
    public void acceptSuggestion() {
        if (!urlSuggestion.get().isEmpty()) {
            url.set(urlSuggestion.get());
        }
    }

    public TlsSettings tls() {
        return settings.tls();
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty urlErrorProperty() {
        return urlError;
    }

    public StringProperty urlSuggestionProperty() {
        return urlSuggestion;
    }

    public KeyValueListModel params() {
        return params;
    }

    public KeyValueListModel headers() {
        return headers;
    }

    public KeyValueListModel cookies() {
        return cookies;
    }

    public StringProperty subprotocolsProperty() {
        return subprotocols;
    }
}
