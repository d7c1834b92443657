package dev.wscope.core.timeline;

/** Whether bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF). */
final class Utf8 {
    private Utf8() {
    }

    static boolean valid(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xff;
            int continuations;
            int min;
            if (lead >= 0xc2 && lead <= 0xdf) {
                continuations = 1;
                min = 0x80;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                continuations = 2;
                min = 0x800;
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                continuations = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + continuations >= end) { // cut short
                return false;
            }
            int code = lead & (0x3f >> continuations);
            for (int k = 1; k <= continuations; k++) {
                int next = bytes[i + k] & 0xff;
                if ((next & 0xc0) != 0x80) {
                    return false;
                }
                code = code << 6 | (next & 0x3f);
            }
            if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                return false;
            }
            i += continuations + 1;
        }
        return true;
    }
}
