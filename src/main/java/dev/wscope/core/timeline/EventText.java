package dev.wscope.core.timeline;

import dev.wscope.core.request.TlsOptions;
import dev.wscope.core.text.ControlChars;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/** Short words for one event: the summary shown in a timeline row or a line of `wscope send`. */
public final class EventText {
    private EventText() {
    }

    /** One line, at most maxChars long, that says what happened; control characters escaped (\\x1b). */
    public static String preview(TimelineEvent event, int maxChars) {
        return clip(ControlChars.escape(oneLine(summary(event))), maxChars);
    }

    private static String summary(TimelineEvent event) {
        if (event instanceof TimelineEvent.Connecting e) {
            return e.url() + (e.insecure() ? "  " + TlsOptions.INSECURE_NOTE : "");
        } else if (event instanceof TimelineEvent.HandshakeRequest e) {
            return e.line();
        } else if (event instanceof TimelineEvent.HandshakeResponse e) {
            return e.status() + (e.reason() == null ? "" : " " + e.reason());
        } else if (event instanceof TimelineEvent.Opened e) {
            return "subprotocol: " + (e.subprotocol() == null ? "none" : e.subprotocol())
                    + (e.extensions().isEmpty() ? "" : ", extensions: " + String.join(", ", e.extensions()));
        } else if (event instanceof TimelineEvent.Message e) {
            return e.binary() ? binaryPreview(e.payload()) : new String(e.payload(), 0,
                    Math.min(e.payload().length, 4096), StandardCharsets.UTF_8);
        } else if (event instanceof TimelineEvent.Control e) {
            String payload = e.payload() == null ? e.size() + " bytes" : controlPayload(e.payload());
            // the round trip first: it is what a pong answering a ping is looked at for, and a payload can be long
            return e.roundTrip() == null ? payload : "round trip " + roundTrip(e.roundTrip()) + ": " + payload;
        } else if (event instanceof TimelineEvent.Error e) {
            return e.message();
        } else if (event instanceof TimelineEvent.Closed e) {
            return e.code() + " " + CloseCodes.name(e.code()) + " (by " + e.by().wire() + ")"
                    + (e.reason() == null || e.reason().isEmpty() ? "" : ": " + e.reason());
        }
        return "";
    }

    /**
     * A ping's or pong's payload as it reads best: quoted text when it is printable UTF-8 (heartbeats often are),
     * hex otherwise (random keepalive tokens); "(no payload)" when empty.
     */
    public static String controlPayload(byte[] payload) {
        if (payload.length == 0) {
            return "(no payload)";
        }
        if (Utf8.valid(payload, 0, payload.length)) {
            String text = new String(payload, StandardCharsets.UTF_8);
            if (text.codePoints().noneMatch(Character::isISOControl)) {
                return "\"" + text + "\"";
            }
        }
        return "hex " + HexFormat.ofDelimiter(" ").formatHex(payload);
    }

    /** A pong's round trip as `--json` gives it (milliseconds to the microsecond), with its unit. */
    public static String roundTrip(Duration roundTrip) {
        return BigDecimal.valueOf(EventJson.rttMillis(roundTrip)).stripTrailingZeros().toPlainString() + " ms";
    }

    private static String binaryPreview(byte[] bytes) {
        byte[] head = bytes.length > 48 ? java.util.Arrays.copyOf(bytes, 48) : bytes;
        return "base64 " + Base64.getEncoder().encodeToString(head) + (bytes.length > 48 ? "…" : "");
    }

    /** Byte counts as people read them: 512 B, 1.5 KiB, 10.0 MiB. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        // Chosen by the rounded figure, so 1,048,575 bytes read "1.0 MiB" rather than "1024.0 KiB"; the same
        // decimal point in every locale, as in the command line's output. Not String.format: the Size column
        // formats every visible row at every batch of a flood, and format cost a few microseconds a call.
        if (bytes / 1024.0 < 1023.95) {
            return oneDecimal(bytes / 1024.0) + " KiB";
        }
        return oneDecimal(bytes / (1024.0 * 1024)) + " MiB";
    }

    /** As %.1f rounds (half up), for the positive values of sizes. */
    private static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return tenths / 10 + "." + tenths % 10;
    }

    /** Line breaks and runs of white space become one space: pretty JSON previews like its minified form. */
    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && line.length() > 0) {
                line.append(' ');
            }
            space = false;
            line.append(c);
        }
        return line.toString();
    }

    private static String clip(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Math.max(0, maxChars - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half an emoji
        }
        return text.substring(0, end) + "…";
    }
}
