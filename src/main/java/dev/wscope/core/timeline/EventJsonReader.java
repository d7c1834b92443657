package dev.wscope.core.timeline;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads one NDJSON line of CONTRACT.md's session timeline back into an entry: the inverse of EventJson and
 * EventLines. Unknown fields are ignored; what is missing or of the wrong type is named. Any thread.
 */
public final class EventJsonReader {
    private EventJsonReader() {
    }

    /** The entry of one line; IllegalArgumentException saying what is wrong with it. */
    public static TimelineEntry parse(String line) {
        JsonObject json;
        try {
            JsonElement element = JsonParser.parseString(line);
            if (!element.isJsonObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            json = element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not JSON (" + rootCause(e) + ")");
        }
        try {
            long seq = number(json, "seq");
            long time = Instant.parse(string(json, "time")).toEpochMilli();
            return new TimelineEntry(seq, time, event(json, string(json, "kind")));
        } catch (UnsupportedOperationException | IllegalStateException | NumberFormatException e) {
            throw new IllegalArgumentException("a field is missing or of the wrong type (" + describe(e) + ")");
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"time\" is not an ISO-8601 instant: " + e.getParsedString());
        }
    }

    private static TimelineEvent event(JsonObject json, String word) {
        EventKind kind = EventKind.byWord(word)
                .orElseThrow(() -> new IllegalArgumentException("unknown kind \"" + word + "\""));
        return switch (kind) {
            case CONNECTING -> new TimelineEvent.Connecting(string(json, "url"),
                    json.has("insecure") && json.get("insecure").getAsBoolean(), optional(json, "protocol"));
            case HANDSHAKE_REQUEST -> new TimelineEvent.HandshakeRequest(string(json, "line"), headers(json));
            case HANDSHAKE_RESPONSE -> new TimelineEvent.HandshakeResponse((int) number(json, "status"),
                    optional(json, "reason"), headers(json));
            case OPEN -> new TimelineEvent.Opened(optional(json, "subprotocol"), strings(array(json, "extensions")));
            case SENT -> message(json, Direction.OUT);
            case RECEIVED -> message(json, Direction.IN);
            case PING -> control(json, true);
            case PONG -> control(json, false);
            case ERROR -> new TimelineEvent.Error(string(json, "message"), optional(json, "cause"));
            case CLOSED -> new TimelineEvent.Closed((int) number(json, "code"), optional(json, "reason"),
                    closedBy(string(json, "by")));
        };
    }

    private static TimelineEvent.Message message(JsonObject json, Direction direction) {
        String format = string(json, "format");
        if (!format.equals("text") && !format.equals("binary")) {
            throw new IllegalArgumentException("unknown format \"" + format + "\"");
        }
        // base64 wins: it is how a text payload that is not well-formed UTF-8 keeps its very bytes
        byte[] payload = json.has("base64") ? base64(string(json, "base64"))
                : string(json, "text").getBytes(StandardCharsets.UTF_8);
        return new TimelineEvent.Message(direction, format.equals("binary"), payload);
    }

    private static TimelineEvent.Control control(JsonObject json, boolean ping) {
        String base64 = optional(json, "base64");
        byte[] payload = base64 == null ? null : base64(base64);
        long size = json.has("size") ? number(json, "size") : payload == null ? 0 : payload.length;
        Duration roundTrip = json.has("rttMillis") ? Duration.ofNanos(Math.round(millis(json, "rttMillis") * 1e6))
                : null;
        return new TimelineEvent.Control(ping, direction(string(json, "direction")), payload, size, roundTrip);
    }

    private static List<Header> headers(JsonObject json) {
        List<Header> headers = new ArrayList<>();
        for (JsonElement pair : array(json, "headers")) {
            JsonArray nameValue = pair.getAsJsonArray();
            if (nameValue.size() != 2) {
                throw new IllegalArgumentException("a header is not a [name, value] pair: " + nameValue);
            }
            headers.add(new Header(nameValue.get(0).getAsString(), nameValue.get(1).getAsString()));
        }
        return headers;
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.getAsString()));
        return strings;
    }

    private static Direction direction(String wire) {
        for (Direction direction : Direction.values()) {
            if (direction.wire().equals(wire)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("unknown direction \"" + wire + "\"");
    }

    private static ClosedBy closedBy(String wire) {
        for (ClosedBy by : ClosedBy.values()) {
            if (by.wire().equals(wire)) {
                return by;
            }
        }
        throw new IllegalArgumentException("unknown \"by\" \"" + wire + "\"");
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"base64\" is not Base64: " + e.getMessage());
        }
    }

    private static String string(JsonObject json, String name) {
        JsonElement element = json.get(name);
        if (element == null || element.isJsonNull()) {
            throw new IllegalArgumentException("no \"" + name + "\"");
        }
        return element.getAsString();
    }

    private static long number(JsonObject json, String name) {
        return numeric(json, name).getAsLong();
    }

    /** A duration in milliseconds: a number from 0 to a day. */
    private static double millis(JsonObject json, String name) {
        double millis = numeric(json, name).getAsDouble();
        if (!(millis >= 0 && millis <= 86_400_000)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a duration in milliseconds: " + millis);
        }
        return millis;
    }

    private static JsonElement numeric(JsonObject json, String name) {
        JsonElement element = json.get(name);
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing or not a number");
        }
        return element;
    }

    private static JsonArray array(JsonObject json, String name) {
        JsonElement element = json.get(name);
        if (element == null || !element.isJsonArray()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing or not an array");
        }
        return element.getAsJsonArray();
    }

    private static String optional(JsonObject json, String name) {
        JsonElement element = json.get(name);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
