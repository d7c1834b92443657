package dev.wscope.protocol.stomp;

/**
 * STOMP's header value encoding: 1.1 escapes backslash, newline and colon (\\, \n, \c), 1.2 also carriage return
 * (\r); 1.0 and the CONNECT frames escape nothing.
 */
final class HeaderEscaping {
    private HeaderEscaping() {
    }

    static String escape(String text, boolean escaped, StompVersion version) {
        if (!escaped) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case ':' -> out.append("\\c");
                case '\r' -> out.append(version == StompVersion.V1_2 ? "\\r" : "\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The text with its escapes undone; an escape STOMP does not define stays as it came. */
    static String unescape(String text, boolean escaped) {
        if (!escaped || text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            String undone = c != '\\' ? null : switch (next) {
                case '\\' -> "\\";
                case 'n' -> "\n";
                case 'c' -> ":";
                case 'r' -> "\r";
                default -> null;
            };
            if (undone == null) {
                out.append(c);
            } else {
                out.append(undone);
                i++;
            }
        }
        return out.toString();
    }
}
