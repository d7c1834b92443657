package dev.wscope.core.search;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression found anywhere in the text. An ASCII text message becomes its String by a plain copy of
 * its bytes (Latin-1, exact for ASCII) into one reused buffer, with no UTF-8 decoding and no concatenation;
 * one with other bytes is decoded. (A CharSequence view of the bytes was tried: the regex engine ran slower
 * through it than through a String.) Thread contract: any thread; each thread reuses a matcher and a buffer.
 */
final class RegexMatch implements TextMatch {
    private final ThreadLocal<Matcher> matchers;
    private final ThreadLocal<byte[][]> buffers = ThreadLocal.withInitial(() -> new byte[][] {new byte[256]});

    RegexMatch(Pattern pattern) {
        this.matchers = ThreadLocal.withInitial(() -> pattern.matcher(""));
    }

    @Override
    public boolean matches(String searchText) {
        return matchers.get().reset(searchText).find();
    }

    @Override
    public boolean matchesText(String kind, byte[] utf8, int offset, int length) {
        if (Bytes.hasNonAscii(utf8, offset, length)) {
            return matches(kind + ' ' + new String(utf8, offset, length, StandardCharsets.UTF_8));
        }
        byte[][] buffer = buffers.get();
        int size = kind.length() + 1 + length;
        if (buffer[0].length < size) {
            buffer[0] = new byte[Math.max(size, buffer[0].length * 2)];
        }
        byte[] text = buffer[0];
        for (int i = 0; i < kind.length(); i++) {
            text[i] = (byte) kind.charAt(i); // the kind words are ASCII
        }
        text[kind.length()] = ' ';
        System.arraycopy(utf8, offset, text, kind.length() + 1, length);
        return matches(new String(text, 0, size, StandardCharsets.ISO_8859_1));
    }
}
