package dev.wscope.core.timeline;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

/** The NDJSON form of timeline entries, exactly as CONTRACT.md's session timeline gives it. */
public final class EventJson {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private EventJson() {
    }

    public static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** One entry as one line of JSON, without the line end; a message through EventLines, the fast writer of streams. */
    public static String line(TimelineEntry entry) {
        return entry.event() instanceof TimelineEvent.Message ? EventLines.messageLine(entry) : GSON.toJson(toJson(entry));
    }

    /** A JSON tree (an entry's, with fields added) as one line, written as every other line. */
    public static String line(JsonObject json) {
        return GSON.toJson(json);
    }

    /**
     * The entry as a JSON tree. For a message this is also the reference EventLines is tested against, except
     * that EventLines writes a text that is not well-formed UTF-8 as base64, to keep its bytes.
     */
    public static JsonObject toJson(TimelineEntry entry) {
        JsonObject json = new JsonObject();
        json.addProperty("seq", entry.seq());
        json.addProperty("time", time(entry.epochMillis()));
        TimelineEvent event = entry.event();
        json.addProperty("kind", event.kind());
        addFields(json, event);
        return json;
    }

    private static void addFields(JsonObject json, TimelineEvent event) {
        if (event instanceof TimelineEvent.Connecting e) {
            json.addProperty("url", e.url());
            if (e.insecure()) {
                json.addProperty("insecure", true);
            }
            if (e.protocol() != null) {
                json.addProperty("protocol", e.protocol());
            }
        } else if (event instanceof TimelineEvent.HandshakeRequest e) {
            json.addProperty("line", e.line());
            json.add("headers", headers(e.headers()));
        } else if (event instanceof TimelineEvent.HandshakeResponse e) {
            json.addProperty("status", e.status());
            json.addProperty("reason", e.reason());
            json.add("headers", headers(e.headers()));
        } else if (event instanceof TimelineEvent.Opened e) {
            json.addProperty("subprotocol", e.subprotocol());
            JsonArray extensions = new JsonArray();
            e.extensions().forEach(extensions::add);
            json.add("extensions", extensions);
        } else if (event instanceof TimelineEvent.Message e) {
            json.addProperty("format", e.binary() ? "binary" : "text");
            json.addProperty("size", e.payload().length);
            if (e.binary()) {
                json.addProperty("base64", Base64.getEncoder().encodeToString(e.payload()));
            } else {
                json.addProperty("text", e.text());
            }
        } else if (event instanceof TimelineEvent.Control e) {
            json.addProperty("direction", e.direction().wire());
            json.addProperty("size", e.size());
            json.addProperty("base64", e.payload() == null ? null : Base64.getEncoder().encodeToString(e.payload()));
            if (e.roundTrip() != null) {
                json.addProperty("rttMillis", rttMillis(e.roundTrip()));
            }
        } else if (event instanceof TimelineEvent.Error e) {
            json.addProperty("message", e.message());
            if (e.cause() != null) {
                json.addProperty("cause", e.cause());
            }
        } else if (event instanceof TimelineEvent.Closed e) {
            json.addProperty("code", e.code());
            json.addProperty("reason", e.reason());
            json.addProperty("by", e.by().wire());
            json.addProperty("meaning", e.meaning());
        }
    }

    /** Milliseconds to the microsecond: a round trip on one machine takes well under one. */
    public static double rttMillis(Duration roundTrip) {
        return Math.round(roundTrip.toNanos() / 1000.0) / 1000.0;
    }

    /** Headers as CONTRACT.md writes them: an array of [name, value] pairs, in order. */
    public static JsonArray headers(List<Header> headers) {
        JsonArray array = new JsonArray();
        for (Header header : headers) {
            JsonArray pair = new JsonArray();
            pair.add(header.name());
            pair.add(header.value());
            array.add(pair);
        }
        return array;
    }
}
