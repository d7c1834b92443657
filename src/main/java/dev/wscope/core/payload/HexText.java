package dev.wscope.core.payload;

import java.io.ByteArrayOutputStream;

/** Hex input as people paste it: "00ff10", "00 FF 10", "0x00 0xff", "00:ff:10". */
public final class HexText {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private HexText() {
    }

    public static byte[] decode(String input) throws PayloadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length() / 2);
        int high = -1;
        int highPosition = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c) || c == ':' || c == '-' || c == ',') {
                if (high >= 0) { // "0 1" is not one byte split in two: the lone digit is a mistake
                    throw unpartnered(highPosition);
                }
                continue;
            }
            if (c == '0' && high < 0 && i + 1 < input.length() && (input.charAt(i + 1) | 0x20) == 'x') {
                i++;
                continue;
            }
            int value = Character.digit(c, 16);
            if (value < 0) {
                throw new PayloadException("Hex: '" + characterAt(input, i) + "' at position " + (i + 1) + " is not a hex digit");
            }
            if (high < 0) {
                high = value;
                highPosition = i + 1;
            } else {
                out.write(high << 4 | value);
                high = -1;
            }
        }
        if (high >= 0) {
            throw unpartnered(highPosition);
        }
        return out.toByteArray();
    }

    private static PayloadException unpartnered(int position) {
        return new PayloadException("Hex: the digit at position " + position
                + " has no partner; every byte takes two digits");
    }

    /** The whole character at an index: an emoji is shown as itself, not as half a surrogate pair. */
    static String characterAt(String text, int index) {
        return new String(Character.toChars(text.codePointAt(index)));
    }

    public static String encode(byte[] bytes) {
        char[] chars = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            chars[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            chars[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(chars);
    }
}
