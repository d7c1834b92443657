package dev.wscope.core.search;

/** Searching bytes in place. Any thread. */
final class Bytes {
    private Bytes() {
    }

    /**
     * Whether the bytes hold the word, each of its bytes matching either of two forms (a letter's lower and
     * upper case; the same array twice for an exact search). The word is not empty.
     */
    static boolean contains(byte[] bytes, int offset, int length, byte[] first, byte[] second) {
        int n = first.length;
        int last = offset + length - n;
        byte head = first[0];
        byte otherHead = second[0];
        outer:
        for (int i = offset; i <= last; i++) {
            byte b = bytes[i];
            if (b != head && b != otherHead) {
                continue;
            }
            for (int j = 1; j < n; j++) {
                byte c = bytes[i + j];
                if (c != first[j] && c != second[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static boolean hasNonAscii(byte[] bytes, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }
}
