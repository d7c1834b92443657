package dev.wscope.core.request;

import java.util.Optional;

/** What a handshake header or cookie may hold (RFC 9110 tokens, RFC 6265 cookies): no header injection. */
public final class HeaderRules {
    private static final String TOKEN_SPECIALS = "!#$%&'*+-.^_`|~";

    private HeaderRules() {
    }

    public static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && TOKEN_SPECIALS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    public static Optional<String> checkName(String name) {
        if (name.isEmpty()) {
            return Optional.of("A header needs a name");
        }
        if (!isToken(name)) {
            int bad = firstNonToken(name);
            return Optional.of("Header name \"" + printable(name) + "\" has " + describe(name.charAt(bad))
                    + " at position " + (bad + 1) + "; names are letters, digits and !#$%&'*+-.^_`|~");
        }
        return Optional.empty();
    }

    public static Optional<String> checkValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                return Optional.of("The value of " + name + " has " + describe(c) + " at position " + (i + 1)
                        + "; a line break would inject another header");
            }
        }
        return Optional.empty();
    }

    public static Optional<String> checkCookie(String name, String value) {
        if (name.isEmpty()) {
            return value.isEmpty() ? Optional.empty() : Optional.of("A cookie needs a name");
        }
        if (!isToken(name)) {
            return Optional.of("Cookie name \"" + printable(name) + "\" may hold only letters, digits and !#$%&'*+-.^_`|~");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ';' || c == ',' || c == '"' || c == '\\' || c < 0x21 || c == 0x7f) {
                return Optional.of("The cookie " + name + " has " + describe(c) + " at position " + (i + 1)
                        + " of its value; encode it (e.g. %3B for ;)");
            }
        }
        return Optional.empty();
    }

    private static int firstNonToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isToken(String.valueOf(s.charAt(i)))) {
                return i;
            }
        }
        return 0;
    }

    private static String describe(char c) {
        return switch (c) {
            case '\r' -> "a carriage return (CR)";
            case '\n' -> "a line feed (LF)";
            case 0 -> "a NUL character";
            case ' ' -> "a space";
            case '\t' -> "a tab";
            default -> c < 0x20 || c == 0x7f ? String.format("a control character (0x%02x)", (int) c) : "'" + c + "'";
        };
    }

    private static String printable(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
