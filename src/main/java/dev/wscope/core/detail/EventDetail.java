package dev.wscope.core.detail;

import dev.wscope.core.payload.JsonText;
import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.payload.XmlText;
import dev.wscope.core.request.TlsOptions;
import dev.wscope.core.text.ControlChars;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.EventJson;
import dev.wscope.core.timeline.EventText;
import dev.wscope.core.timeline.Header;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.List;
import java.util.Optional;

/**
 * Renders one event in full: JSON pretty-printed, XML indented, binary as a hex dump beside its Base64
 * and UTF-8 views, a handshake as its request line or status and headers. Pure and possibly slow for big
 * payloads: call it off the FX thread.
 */
public final class EventDetail {
    private EventDetail() {
    }

    /**
     * A message of a protocol shows its decoded fields (pretty JSON), then the raw frame as it crossed the wire;
     * any other entry as {@link #render(TimelineEntry)}.
     */
    public static DetailDocument render(TimelineEntry entry, Optional<Decoded> decoded) {
        if (decoded.isEmpty() || !(entry.event() instanceof TimelineEvent.Message message)) {
            return render(entry);
        }
        String fields = JsonText.prettyOf(decoded.get().fields());
        String raw = message.binary() ? binary(message.payload()) : ControlChars.escapeKeepingLines(message.text());
        return new TextDocument(decoded.get().summary() + "\n\n" + fields + "\n\nRaw frame:\n" + raw, Language.JSON);
    }

    public static DetailDocument render(TimelineEntry entry) {
        TimelineEvent event = entry.event();
        String head = "#" + entry.seq() + "  " + event.kind() + "  " + EventJson.time(entry.epochMillis()) + "\n\n";
        if (event instanceof TimelineEvent.Message message) {
            // A message shows only its payload, so copying the detail copies exactly what crossed the wire.
            return message.binary() ? new BinaryDocument(message.payload()) : text(message.text());
        }
        // Headers, close reasons and errors quote the server: a control character in them is shown, not drawn.
        return new TextDocument(ControlChars.escapeKeepingLines(head + describe(event)), Language.PLAIN);
    }

    private static DetailDocument text(String text) {
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            try {
                return new TextDocument(JsonText.pretty(text), Language.JSON); // one parse, even for 10 MiB
            } catch (PayloadException notJson) {
                // shown as it is, below
            }
        }
        if (text.stripLeading().startsWith("<")) {
            try {
                return new TextDocument(XmlText.pretty(text), Language.XML);
            } catch (PayloadException e) {
                return new TextDocument(text, Language.XML);
            }
        }
        return new TextDocument(text, Language.PLAIN);
    }

    static String binary(byte[] bytes) {
        return new BinaryDocument(bytes).wholeText();
    }

    private static String describe(TimelineEvent event) {
        if (event instanceof TimelineEvent.Connecting e) {
            return "Connecting to " + e.url() + "\n" + (e.insecure() ? TlsOptions.INSECURE_NOTE + "\n" : "");
        } else if (event instanceof TimelineEvent.HandshakeRequest e) {
            return e.line() + "\n" + headers(e.headers());
        } else if (event instanceof TimelineEvent.HandshakeResponse e) {
            return ("HTTP/1.1 " + e.status() + " " + (e.reason() == null ? "" : e.reason())).strip() + "\n"
                    + headers(e.headers());
        } else if (event instanceof TimelineEvent.Opened e) {
            return "Connection open\nSubprotocol: " + (e.subprotocol() == null ? "(none)" : e.subprotocol())
                    + "\nExtensions: " + (e.extensions().isEmpty() ? "(none)" : String.join(", ", e.extensions())) + "\n";
        } else if (event instanceof TimelineEvent.Control e) {
            return control(e);
        } else if (event instanceof TimelineEvent.Error e) {
            return e.message() + "\n";
        } else if (event instanceof TimelineEvent.Closed e) {
            return "Closed by " + e.by().wire() + "\nCode: " + e.code() + "\nMeaning: " + e.meaning()
                    + "\nReason: " + (e.reason() == null || e.reason().isEmpty() ? "(none)" : e.reason()) + "\n";
        }
        return "";
    }

    /** Who sent it, for a pong answering Wscope's ping the round trip, and the payload in every view. */
    private static String control(TimelineEvent.Control e) {
        StringBuilder text = new StringBuilder(e.direction() == Direction.IN ? "Received " : "Sent ").append(e.kind())
                .append(e.direction() == Direction.IN ? " from the server\n" : " to the server\n");
        if (!e.ping() && e.direction() == Direction.OUT) {
            text.append("Wscope's automatic answer to the server's ping before it (off in Settings: Answer the"
                    + " server's pings)\n");
        }
        if (e.roundTrip() != null) {
            text.append("Round trip: ").append(EventText.roundTrip(e.roundTrip()))
                    .append(" (since Wscope's ping with this payload went out)\n");
        }
        return text.append(e.payload() == null ? e.size() + " bytes, not recorded\n" : binary(e.payload())).toString();
    }

    private static String headers(List<Header> headers) {
        StringBuilder text = new StringBuilder();
        for (Header header : headers) {
            text.append(header.name()).append(": ").append(header.value()).append('\n');
        }
        return text.toString();
    }
}
