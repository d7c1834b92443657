package dev.wscope.core.payload;

/** Turns what a user typed in a given format into the frame to send, or says why it cannot. */
public final class PayloadParser {
    private PayloadParser() {
    }

    public static OutgoingMessage parse(MessageFormat format, String input) throws PayloadException {
        return switch (format) {
            case TEXT, HTML -> OutgoingMessage.text(input);
            case JSON -> {
                JsonText.check(input);
                yield OutgoingMessage.text(input);
            }
            case XML -> {
                XmlText.check(input);
                yield OutgoingMessage.text(input);
            }
            case BASE64 -> new OutgoingMessage(true, Base64Text.decode(input));
            case HEX -> new OutgoingMessage(true, HexText.decode(input));
        };
    }
}
