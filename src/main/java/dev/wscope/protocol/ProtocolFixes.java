package dev.wscope.protocol;

import dev.wscope.core.protocol.ProtocolKind;

/** What to look at when a protocol's session is refused, beside the server's own words. */
final class ProtocolFixes {
    private ProtocolFixes() {
    }

    static String of(ProtocolKind kind) {
        return switch (kind) {
            case SOCKET_IO -> "Check the namespace in the address, the auth payload (--auth, Settings > Auth payload)"
                    + " the server's connection middleware expects, and the Engine.IO version (--eio 3 for a"
                    + " Socket.IO 2 server).";
            case GRAPHQL -> "Check the connection_init payload (--init, Settings > connection_init payload) the server's"
                    + " onConnect expects, and that the server speaks graphql-transport-ws or graphql-ws.";
            case STOMP -> "Check the login, passcode and virtual host (--login, --passcode, --vhost; Settings) the"
                    + " broker accepts, and the heart-beats it allows.";
            case ACTION_CABLE -> "Check what the server's connection identifies the user by (its cookies or a token"
                    + " in the address) and the channel's subscribed method, which may reject.";
            case RAW -> "";
        };
    }
}
