package dev.wscope.protocol.stomp;

import dev.wscope.core.protocol.ProtocolSetup;
import java.util.Optional;

/**
 * What the CONNECT frame says: login, passcode, the virtual host and the heart-beats offered (cx: how often Wscope
 * can send, cy: how often it wants the server's, in milliseconds; 0 for never).
 */
record StompSettings(Optional<String> login, Optional<String> passcode, String host, long sendEvery, long receiveEvery) {
    /**
     * The host header when --vhost is not set: RabbitMQ takes it as its virtual host and refuses the address's host
     * ("Virtual host '127.0.0.1' access denied"); ActiveMQ, Artemis and Spring's broker ignore it.
     */
    static final String DEFAULT_HOST = "/";
    static final String DEFAULT_HEARTBEAT = "10000,10000";

    /** The request's settings; IllegalArgumentException saying what is wrong with --heartbeat. */
    static StompSettings of(ProtocolSetup setup) {
        String heartbeat = setup.setting(ProtocolSetup.HEARTBEAT).orElse(DEFAULT_HEARTBEAT).strip();
        long[] both = heartbeat(heartbeat);
        return new StompSettings(setup.setting(ProtocolSetup.LOGIN), setup.setting(ProtocolSetup.PASSCODE),
                setup.setting(ProtocolSetup.VHOST).orElse(DEFAULT_HOST), both[0], both[1]);
    }

    private static long[] heartbeat(String value) {
        String[] parts = value.split(",", -1);
        try {
            if (parts.length == 2) {
                long cx = Long.parseLong(parts[0].strip());
                long cy = Long.parseLong(parts[1].strip());
                if (cx >= 0 && cy >= 0) {
                    return new long[] {cx, cy};
                }
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--heartbeat takes two numbers of milliseconds, \"SEND,RECEIVE\" (e.g. "
                + DEFAULT_HEARTBEAT + ", or 0,0 for none); got \"" + value + "\"");
    }

    /** The heart-beat header: "cx,cy". */
    String heartbeatHeader() {
        return sendEvery + "," + receiveEvery;
    }

    /**
     * How often Wscope must send a heart-beat once the server answered "sx,sy": the larger of what it can send and
     * what the server wants, or 0 (none) when either is 0 (STOMP 1.1, "Heart-beating").
     */
    long sendInterval(String serverHeartbeat) {
        String[] parts = serverHeartbeat == null ? new String[0] : serverHeartbeat.split(",");
        long wanted;
        try {
            wanted = parts.length == 2 ? Long.parseLong(parts[1].strip()) : 0;
        } catch (NumberFormatException e) {
            wanted = 0;
        }
        return sendEvery == 0 || wanted == 0 ? 0 : Math.max(sendEvery, wanted);
    }
}
