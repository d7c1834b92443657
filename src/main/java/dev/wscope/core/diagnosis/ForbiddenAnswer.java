package dev.wscope.core.diagnosis;

import java.util.Locale;

/**
 * A 403 to the upgrade. A server that says why (ws's verifyClient, most frameworks' handlers) is quoted and taken
 * at its word; only a bare 403 (no body, or only the status and the server's name) is most often an Origin check.
 */
final class ForbiddenAnswer {
    private ForbiddenAnswer() {
    }

    static Diagnosis diagnose(RawRequest request, RawResponse response) {
        String sent = request.header("Origin");
        String origin = sent == null ? "(none)" : sent;
        String words = words(response);
        if (words.isEmpty()) {
            return new Diagnosis(Cause.FORBIDDEN_ORIGIN, "The server refused the handshake with 403 Forbidden."
                    + " Most often that is an Origin check: Wscope sent Origin: " + origin + ".", originFix());
        }
        String says = "The server refused the handshake with 403 " + response.reason() + " and says: "
                + ServerWords.quote(words) + ".";
        if (ServerWords.mentions(words, "origin", "cors")) {
            return new Diagnosis(Cause.FORBIDDEN_ORIGIN, says + " Wscope sent Origin: " + origin + ".", originFix());
        }
        if (ServerWords.mentions(words, "token", "auth", "credential", "login", "session", "api key", "apikey", "jwt",
                "signature")) {
            return new Diagnosis(Cause.UNAUTHORIZED, says + " It wants credentials this request did not carry, or"
                    + " carried wrong.", "Send the token or credentials the API expects: in the query (?token=...),"
                    + " which is where browser clients must put it, an Authorization header (e.g. Bearer TOKEN), or a"
                    + " session cookie; the API's documentation says which.");
        }
        return new Diagnosis(Cause.FORBIDDEN, says, "Change the request as the server's words ask; its log for this"
                + " request says more.");
    }

    private static String originFix() {
        return "Send an Origin the server allows (add an Origin header, e.g. your web app's https://app.example.com),"
                + " or allow this origin on the server (Rails: config.action_cable.allowed_request_origins;"
                + " Socket.IO: cors.origin; Spring: setAllowedOrigins; ws/Node: verifyClient).";
    }

    /**
     * What the server says beyond "403 Forbidden" and its own name: the body's text, and a reason phrase of its
     * own ("HTTP/1.1 403 missing token"); empty for nginx's stock page or an empty body.
     */
    private static String words(RawResponse response) {
        String reason = response.reason() == null || response.reason().equalsIgnoreCase("Forbidden") ? ""
                : response.reason();
        String text = (reason + " " + ServerWords.plain(response.body())).strip();
        String rest = text.toLowerCase(Locale.ROOT);
        String server = response.header("Server");
        if (server != null && !server.isBlank()) {
            rest = rest.replace(server.toLowerCase(Locale.ROOT), " ");
        }
        rest = rest.replaceAll("\\b(403|forbidden|error|access denied)\\b", " ");
        return rest.chars().anyMatch(Character::isLetter) ? text : "";
    }
}
