package dev.wscope.core.payload;

/**
 * Finds where text first breaks strict JSON (RFC 8259) and says so in words, with the line and column of
 * the offending character. Gson decides whether text is valid; its positions point one character past some
 * errors and its words are meant for programmers, so this scanner only describes a failure Gson found.
 * Iterative, so deep nesting cannot overflow the stack.
 */
final class JsonErrors {
    private static final int VALUE = 0;
    private static final int NAME = 1;
    private static final int COLON = 2;
    private static final int AFTER_VALUE = 3;

    private final String text;
    private final StringBuilder open = new StringBuilder();
    private int pos;
    private boolean afterComma;

    private JsonErrors(String text) {
        this.text = text;
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** "line L, column C: what is wrong", or null when this scanner finds nothing wrong. */
    static String locate(String text) {
        return new JsonErrors(text).scan();
    }

    private String scan() {
        int state = VALUE;
        while (true) {
            skipWhitespace();
            if (state == AFTER_VALUE && open.length() == 0) {
                return pos == text.length() ? null
                        : fail("More content after the JSON value: " + found() + "; a message holds one value");
            }
            if (pos == text.length()) {
                return fail("The text ends before the JSON is complete"
                        + (open.length() > 0 ? ": " + open.length() + " bracket(s) still open" : ""));
            }
            char c = text.charAt(pos);
            String problem;
            switch (state) {
                case VALUE -> {
                    problem = value(c);
                    state = problem == null && (c == '{' || c == '[') ? afterOpening(c) : AFTER_VALUE;
                }
                case NAME -> {
                    problem = c == '"' ? string() : c == '}' && afterComma
                            ? "A comma before '}' is not allowed: remove the trailing comma"
                            : "Expected a name in double quotes, found " + found();
                    state = COLON;
                }
                case COLON -> {
                    problem = c == ':' ? null : "Expected ':' after the name, found " + found();
                    pos += problem == null ? 1 : 0;
                    state = VALUE;
                }
                default -> {
                    problem = afterValue(c);
                    state = c == ',' ? (open.charAt(open.length() - 1) == '{' ? NAME : VALUE) : AFTER_VALUE;
                }
            }
            if (problem != null) {
                return fail(problem);
            }
            afterComma = c == ',';
        }
    }

    /** After '{' or '[': an empty container is done at once, else the first member follows. */
    private int afterOpening(char bracket) {
        skipWhitespace();
        char close = bracket == '{' ? '}' : ']';
        if (pos < text.length() && text.charAt(pos) == close) {
            pos++;
            open.setLength(open.length() - 1);
            return AFTER_VALUE;
        }
        return bracket == '{' ? NAME : VALUE;
    }

    private String value(char c) {
        if (c == '{' || c == '[') {
            open.append(c);
            pos++;
            return null;
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        }
        if (afterComma && open.length() > 0 && c == closing()) {
            return "A comma before '" + c + "' is not allowed: remove the trailing comma";
        }
        if (c == '\'') {
            return "Strings take double quotes (\"), not single quotes";
        }
        if (Character.isLetter(c)) {
            int end = pos;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            String word = text.substring(pos, end);
            if (word.equals("true") || word.equals("false") || word.equals("null")) {
                pos = end;
                return null;
            }
            return "'" + word + "' is not a JSON value: write strings in double quotes; literals are true, false"
                    + " and null, in lower case";
        }
        return "Expected a value (object, array, string, number, true, false or null), found " + found();
    }

    private char closing() {
        return open.charAt(open.length() - 1) == '{' ? '}' : ']';
    }

    private String afterValue(char c) {
        char close = closing();
        if (c == ',') {
            pos++;
            return null;
        }
        if (c == close) {
            pos++;
            open.setLength(open.length() - 1);
            return null;
        }
        return "Expected ',' or '" + close + "', found " + found();
    }

    private String string() {
        int start = pos;
        int i = pos + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                pos = i + 1;
                return null;
            }
            if (c == '\\') {
                pos = i;
                String bad = escape();
                if (bad != null) {
                    return bad;
                }
                i = pos;
                continue;
            }
            if (c < 0x20) {
                pos = i;
                return c == '\n' ? "A line break inside a string: write it as \\n (or close the string with \")"
                        : c == '\t' ? "A tab inside a string: write it as \\t"
                        : String.format("A control character (0x%02x) inside a string: write it as \\u%04x", (int) c, (int) c);
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    pos = i;
                    return "Half of a surrogate pair inside a string (the text is damaged)";
                }
                i++;
            }
            i++;
        }
        pos = start;
        return "This string is never closed: a \" is missing";
    }

    /** At a backslash inside a string: moves past the escape, or says what is wrong with it. */
    private String escape() {
        if (pos + 1 >= text.length()) {
            return "This string is never closed: a \" is missing";
        }
        char e = text.charAt(pos + 1);
        if ("\"\\/bfnrt".indexOf(e) >= 0) {
            pos += 2;
            return null;
        }
        if (e != 'u') {
            return "'\\" + new String(Character.toChars(text.codePointAt(pos + 1)))
                    + "' is not an escape: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits";
        }
        int unit = hex4(pos + 2);
        if (unit < 0) {
            return "\\u must be followed by four hex digits";
        }
        if (Character.isLowSurrogate((char) unit)) {
            return String.format("\\u%04x is the second half of a surrogate pair, with no first half", unit);
        }
        if (Character.isHighSurrogate((char) unit)) {
            int next = text.startsWith("\\u", pos + 6) ? hex4(pos + 8) : -1;
            if (next < 0 || !Character.isLowSurrogate((char) next)) {
                return String.format("\\u%04x is the first half of a surrogate pair: \\udc00-\\udfff must follow", unit);
            }
            pos += 6;
        }
        pos += 6;
        return null;
    }

    private int hex4(int at) {
        if (at + 4 > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            char c = text.charAt(i);
            int digit = c <= 'f' ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    private String number() {
        if (text.charAt(pos) == '-') {
            pos++;
            if (!digitAt(pos)) {
                return "A digit must follow '-'";
            }
        }
        if (text.charAt(pos) == '0' && digitAt(pos + 1)) {
            return "A number may not start with 0 before other digits (write 12, not 012)";
        }
        skipDigits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            if (!digitAt(pos)) {
                return "A digit must follow the decimal point";
            }
            skipDigits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (!digitAt(pos)) {
                return "A digit must follow the exponent's 'e'";
            }
            skipDigits();
        }
        return null;
    }

    private boolean digitAt(int at) {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
    }

    private void skipDigits() {
        while (digitAt(pos)) {
            pos++;
        }
    }

    private void skipWhitespace() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private String found() {
        if (pos >= text.length()) {
            return "the end of the text";
        }
        int c = text.codePointAt(pos);
        if (c < 0x20 || c == 0x7f) {
            return String.format("a control character (0x%02x)", c);
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xfeff) {
            return String.format("an unusual space character (U+%04X); JSON spaces are plain spaces, tabs and"
                    + " line breaks", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }

    /** Lines count from 1 at each \n; columns count characters (a surrogate pair is one) from 1. */
    private String fail(String problem) {
        int at = Math.min(pos, text.length());
        int line = 1;
        int lineStart = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = text.codePointCount(lineStart, Math.max(lineStart, at)) + 1;
        return "line " + line + ", column " + column + ": " + problem;
    }
}
