package dev.wscope.protocol.actioncable;

import com.google.gson.JsonObject;

/** An Action Cable refusal in the server's words, and what to try next. */
final class RefusalWords {
    private RefusalWords() {
    }

    /** reject_subscription: the channel's subscribed method called reject. */
    static String rejectedSubscription(String identifier) {
        String channel = identifier == null ? "a channel" : CableFrames.channel(identifier);
        return "Action Cable rejected the subscription to " + channel + (identifier == null ? "" : " " + identifier)
                + ": reject_subscription (" + channel + "'s subscribed called reject). Try the identifier's parameters"
                + " the channel checks, and the user the connection identifies (the request's cookies or headers)";
    }

    /** disconnect: the reason Rails gave (unauthorized, invalid_request, server_restart, remote) and what it means. */
    static String disconnect(JsonObject frame) {
        String reason = CableFrames.string(frame, "reason");
        String words = "Action Cable closed the connection: " + ActionCableCodec.disconnect(frame);
        return words + switch (reason == null ? "" : reason) {
            case "unauthorized" -> ". The connection's connect called reject_unauthorized_connection (Rails logs \"An"
                    + " unauthorized connection attempt was rejected\"): it did not find the user it identifies. Try the"
                    + " cookies or headers the app identifies users by (a session cookie, a token), as a signed-in"
                    + " browser sends them";
            case "invalid_request" -> ". The server refused the request as invalid (Rails 7 and later say so for an Origin"
                    + " not in config.action_cable.allowed_request_origins). Try the Origin the app allows, or `wscope doctor`";
            case "remote" -> ". The app disconnected this connection itself (remote_connections.where(...).disconnect)";
            case "server_restart" -> ". The server is restarting: connect again";
            default -> ". The server's log says why";
        };
    }
}
