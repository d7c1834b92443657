package dev.wscope.protocol.stomp;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Hides the passcode header of a CONNECT frame as the timeline records it (and so in session files and --json):
 * the frame goes out as it is. Keeps no secret itself: it knows the header, not the value.
 */
final class PasscodeMask {
    static final String HIDDEN = "*****";
    private static final Pattern PASSCODE = Pattern.compile("(?m)^passcode:[^\\r\\n]*");

    private PasscodeMask() {
    }

    /** The other mask (null for none), then the passcode of a CONNECT or STOMP frame hidden. */
    static UnaryOperator<String> over(UnaryOperator<String> others) {
        return text -> {
            String masked = others == null ? text : others.apply(text);
            if (!masked.startsWith("CONNECT\n") && !masked.startsWith("STOMP\n")) {
                return masked;
            }
            return PASSCODE.matcher(masked).replaceFirst("passcode:" + HIDDEN);
        };
    }
}
