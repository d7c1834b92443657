package dev.wscope.protocol.socketio;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Optional;

/**
 * One Socket.IO packet, the text of an Engine.IO message after its "4" (socket.io-parser's string form, the same in
 * Socket.IO 2, 3 and 4): a type digit, for binary ones the count of attachments and "-", the namespace and "," when
 * it is not "/", the acknowledgement id, then the JSON data. data and id are null when absent.
 */
record SocketIoPacket(int type, int attachments, String namespace, Long id, JsonElement data) {
    static final int CONNECT = 0;
    static final int DISCONNECT = 1;
    static final int EVENT = 2;
    static final int ACK = 3;
    static final int CONNECT_ERROR = 4;
    static final int BINARY_EVENT = 5;
    static final int BINARY_ACK = 6;

    static final String DEFAULT_NAMESPACE = "/";

    /** The packet as socket.io-parser writes it. */
    String encode() {
        StringBuilder text = new StringBuilder().append(type);
        if (attachments > 0) {
            text.append(attachments).append('-');
        }
        if (!DEFAULT_NAMESPACE.equals(namespace)) {
            text.append(namespace).append(',');
        }
        if (id != null) {
            text.append(id);
        }
        if (data != null) {
            text.append(data);
        }
        return text.toString();
    }

    /** The packet in text (without Engine.IO's "4"); empty when it is not one, which is then shown raw. */
    static Optional<SocketIoPacket> parse(String text) {
        if (text.isEmpty() || text.charAt(0) < '0' || text.charAt(0) > '6') {
            return Optional.empty();
        }
        int type = text.charAt(0) - '0';
        int at = 1;
        int attachments = 0;
        if (type == BINARY_EVENT || type == BINARY_ACK) {
            int dash = text.indexOf('-', at);
            if (dash <= at || !digits(text, at, dash)) {
                return Optional.empty();
            }
            attachments = Integer.parseInt(text.substring(at, dash));
            at = dash + 1;
        }
        String namespace = DEFAULT_NAMESPACE;
        if (at < text.length() && text.charAt(at) == '/') {
            int comma = text.indexOf(',', at);
            int end = comma < 0 ? text.length() : comma;
            namespace = text.substring(at, end);
            at = comma < 0 ? end : end + 1;
        }
        int idEnd = at;
        while (idEnd < text.length() && Character.isDigit(text.charAt(idEnd)) && idEnd - at < 18) {
            idEnd++;
        }
        Long id = idEnd > at ? Long.valueOf(text.substring(at, idEnd)) : null;
        JsonElement data = null;
        if (idEnd < text.length()) {
            try {
                data = JsonParser.parseString(text.substring(idEnd));
            } catch (JsonParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new SocketIoPacket(type, attachments, namespace, id, data));
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
