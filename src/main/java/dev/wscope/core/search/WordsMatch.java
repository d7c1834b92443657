package dev.wscope.core.search;

import java.nio.charset.StandardCharsets;

/**
 * Every word must be in the text, ignoring case unless asked. A text message is searched in its UTF-8 bytes,
 * in place: an ASCII word is compared byte by byte (folding ASCII case), since its bytes in UTF-8 are its
 * characters. Only a word that is not ASCII, or a payload with non-ASCII bytes that misses an ignore-case
 * word (a Kelvin sign is a 'k' ignoring case), is decoded to a String and searched as before.
 * Thread contract: immutable, any thread.
 */
final class WordsMatch implements TextMatch {
    private final String[] words;
    private final boolean caseSensitive;
    /** Per word: its bytes as written, lower-cased and upper-cased (ASCII only); null for a word that is not ASCII. */
    private final byte[][] exact;
    private final byte[][] lower;
    private final byte[][] upper;
    private final boolean[] inSent;
    private final boolean[] inReceived;

    WordsMatch(String[] words, boolean caseSensitive) {
        this.words = words;
        this.caseSensitive = caseSensitive;
        exact = new byte[words.length][];
        lower = new byte[words.length][];
        upper = new byte[words.length][];
        inSent = new boolean[words.length];
        inReceived = new boolean[words.length];
        for (int w = 0; w < words.length; w++) {
            if (words[w].chars().allMatch(c -> c < 0x80)) {
                exact[w] = words[w].getBytes(StandardCharsets.US_ASCII);
                lower[w] = folded(exact[w], 'A', 'Z', 'a' - 'A');
                upper[w] = folded(exact[w], 'a', 'z', 'A' - 'a');
            }
            inSent[w] = contains("sent", words[w]);
            inReceived[w] = contains("received", words[w]);
        }
    }

    private static byte[] folded(byte[] bytes, char from, char to, int shift) {
        byte[] folded = bytes.clone();
        for (int i = 0; i < folded.length; i++) {
            if (folded[i] >= from && folded[i] <= to) {
                folded[i] += shift;
            }
        }
        return folded;
    }

    @Override
    public boolean matches(String searchText) {
        for (String word : words) {
            if (!contains(searchText, word)) {
                return false;
            }
        }
        return true;
    }

    /** A word has no space, so it is in "kind text" exactly when it is in the kind or in the text. */
    @Override
    public boolean matchesText(String kind, byte[] utf8, int offset, int length) {
        for (int w = 0; w < words.length; w++) {
            if (inKind(kind, w)) {
                continue;
            }
            if (exact[w] == null) {
                return matches(kind + ' ' + new String(utf8, offset, length, StandardCharsets.UTF_8));
            }
            boolean found = caseSensitive ? Bytes.contains(utf8, offset, length, exact[w], exact[w])
                    : Bytes.contains(utf8, offset, length, lower[w], upper[w]);
            if (!found) {
                return !caseSensitive && Bytes.hasNonAscii(utf8, offset, length)
                        && matches(kind + ' ' + new String(utf8, offset, length, StandardCharsets.UTF_8));
            }
        }
        return true;
    }

    private boolean inKind(String kind, int word) {
        return switch (kind) {
            case "sent" -> inSent[word];
            case "received" -> inReceived[word];
            default -> contains(kind, words[word]);
        };
    }

    /** Without lower-casing a copy of every event: regionMatches compares in place. */
    private boolean contains(String haystack, String word) {
        if (caseSensitive) {
            return haystack.contains(word);
        }
        int last = haystack.length() - word.length();
        for (int i = 0; i <= last; i++) {
            if (haystack.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
