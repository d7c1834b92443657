package dev.wscope.ui.session;

import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.UrlCheck;
import dev.wscope.core.variables.UnresolvedVariable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;

/**
 * The check before anything goes out (a connect, a diagnosis): the settings can be read, every {{name}} has a
 * value, the address is a WebSocket URL, the headers can be sent. What keeps the request back is said under
 * the address, with the fix where there is one. FX thread only.
 */
final class SendableRequest {
    private SendableRequest() {
    }

    /** The request with its variables resolved, or empty after saying what is wrong. */
    static Optional<ConnectRequest> of(Supplier<ConnectRequest> typedRequest, SessionVariables variables,
                                       StringProperty error, StringProperty suggestion) {
        ConnectRequest typed;
        try {
            typed = typedRequest.get();
        } catch (IllegalArgumentException badSetting) {
            error.set(badSetting.getMessage());
            return Optional.empty();
        }
        List<UnresolvedVariable> unresolved = variables.resolver().unresolved(typed);
        if (!unresolved.isEmpty()) {
            error.set(variables.unresolvedMessage(unresolved));
            return Optional.empty();
        }
        ConnectRequest request = variables.resolver().resolve(typed);
        UrlCheck check = request.urlCheck();
        if (!check.ok()) {
            error.set(check.error());
            suggestion.set(check.suggestion() == null ? "" : check.suggestion());
            return Optional.empty();
        }
        request.problem().ifPresent(error::set);
        return request.problem().isPresent() ? Optional.empty() : Optional.of(request);
    }
}
