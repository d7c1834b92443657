package dev.wscope.core.diagnosis;

/**
 * Rails' Action Cable as the doctor sees it: it answers 404 "Page not found" (text/plain) both when the upgrade
 * headers did not reach it and when it refuses the Origin, and writes a different log line for each (Action Cable
 * 6.1, ActionCable::Connection::Base#respond_to_invalid_request and #allow_request_origin?).
 */
final class ActionCable {
    private ActionCable() {
    }

    /** Whether this is Action Cable's refusal. */
    static boolean refused(RawResponse answer) {
        return answer.status() == 404 && answer.body() != null && answer.body().strip().equals("Page not found");
    }

    /** The log line of a refused Origin (it is followed by a "Failed to upgrade" line naming the upgrade headers). */
    static String originLog(String origin) {
        return "Request origin not allowed: " + (origin == null ? "" : origin);
    }

    /** The log line when the upgrade headers did not arrive, as nginx's plain request gives it (no Origin line before). */
    static final String DROPPED_LOG = "Failed to upgrade to WebSocket (REQUEST_METHOD: GET, HTTP_CONNECTION: close,"
            + " HTTP_UPGRADE: )";

    static String allowOrigin(String origin) {
        return "Rails: config.action_cable.allowed_request_origins = [\"" + origin + "\"] in"
                + " config/environments/production.rb (strings or regular expressions).";
    }
}
