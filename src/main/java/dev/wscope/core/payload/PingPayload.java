package dev.wscope.core.payload;

import java.nio.charset.StandardCharsets;

/** The payload of a ping the user sends: text or hex (base64 too on the command line), at most 125 bytes. */
public final class PingPayload {
    /** A control frame carries at most 125 bytes (RFC 6455 5.5). */
    public static final int MAX_BYTES = 125;

    private PingPayload() {
    }

    /** What was typed, as text (UTF-8) or hex ("00ff10", "00 FF 10"). */
    public static byte[] parse(String input, boolean hex) throws PayloadException {
        return checked(hex ? HexText.decode(input) : input.getBytes(StandardCharsets.UTF_8));
    }

    /** The command line's form: hex:00ff10, base64:AP8Q, text:..., or anything else as text. */
    public static byte[] parseOption(String option) throws PayloadException {
        if (option.startsWith("hex:")) {
            return parse(option.substring(4), true);
        }
        if (option.startsWith("base64:")) {
            return checked(Base64Text.decode(option.substring(7)));
        }
        return parse(option.startsWith("text:") ? option.substring(5) : option, false);
    }

    public static byte[] checked(byte[] payload) throws PayloadException {
        if (payload.length > MAX_BYTES) {
            throw new PayloadException("A ping carries at most " + MAX_BYTES + " bytes (RFC 6455 5.5); this one has "
                    + payload.length + ": shorten it by " + (payload.length - MAX_BYTES));
        }
        return payload;
    }
}
