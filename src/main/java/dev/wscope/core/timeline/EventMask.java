package dev.wscope.core.timeline;

import java.util.function.UnaryOperator;

/**
 * Hides secret values in what this side recorded: the address, the handshake request, sent text messages
 * and error messages (which may quote the address). What the server sent is left as it came.
 */
final class EventMask {
    private EventMask() {
    }

    static TimelineEvent apply(TimelineEvent event, UnaryOperator<String> mask) {
        if (event instanceof TimelineEvent.Connecting connecting) {
            return new TimelineEvent.Connecting(mask.apply(connecting.url()), connecting.insecure(), connecting.protocol());
        } else if (event instanceof TimelineEvent.HandshakeRequest request) {
            return new TimelineEvent.HandshakeRequest(mask.apply(request.line()), request.headers().stream()
                    .map(header -> new Header(header.name(), mask.apply(header.value()))).toList());
        } else if (event instanceof TimelineEvent.Message message && message.direction() == Direction.OUT
                && !message.binary()) {
            String text = message.text();
            String masked = mask.apply(text);
            return masked.equals(text) ? message : TimelineEvent.Message.text(Direction.OUT, masked);
        } else if (event instanceof TimelineEvent.Error error) {
            return new TimelineEvent.Error(mask.apply(error.message()), error.cause());
        }
        return event;
    }

    /** True when the event is one this side wrote, the only kind a mask applies to. */
    static boolean applies(TimelineEvent event) {
        return !(event instanceof TimelineEvent.Message message) || message.direction() == Direction.OUT;
    }
}
