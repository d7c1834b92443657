package dev.wscope.protocol.stomp;

import java.util.Arrays;

/** The STOMP versions Wscope speaks, each with the WebSocket subprotocol that names it. */
public enum StompVersion {
    V1_2("1.2", "v12.stomp"),
    V1_1("1.1", "v11.stomp"),
    V1_0("1.0", "v10.stomp");

    private final String number;
    private final String subprotocol;

    StompVersion(String number, String subprotocol) {
        this.number = number;
        this.subprotocol = subprotocol;
    }

    public String number() {
        return number;
    }

    public String subprotocol() {
        return subprotocol;
    }

    /** The version a CONNECTED frame's version header names; 1.0 when it has none (a 1.0 server sends none). */
    static StompVersion of(String number) {
        return Arrays.stream(values()).filter(version -> version.number.equals(number)).findFirst().orElse(V1_0);
    }

    static boolean isSubprotocol(String subprotocol) {
        return Arrays.stream(values()).anyMatch(version -> version.subprotocol.equals(subprotocol));
    }
}
