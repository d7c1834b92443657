package dev.wscope.core.payload;

/** The classic 16-bytes-a-line dump: offset, hex bytes in two groups of eight, printable ASCII. */
public final class HexDump {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private HexDump() {
    }

    public static String format(byte[] bytes) {
        return format(bytes, 0, bytes.length);
    }

    public static String format(byte[] bytes, int from, int to) {
        StringBuilder out = new StringBuilder((to - from) / 16 * 78 + 80);
        for (int line = from; line < to; line += 16) {
            out.append(String.format("%08x  ", line));
            for (int i = 0; i < 16; i++) {
                if (line + i < to) {
                    int b = bytes[line + i] & 0xff;
                    out.append(DIGITS[b >> 4]).append(DIGITS[b & 0xf]).append(' ');
                } else {
                    out.append("   ");
                }
                if (i == 7) {
                    out.append(' ');
                }
            }
            out.append(" |");
            for (int i = line; i < Math.min(line + 16, to); i++) {
                int b = bytes[i] & 0xff;
                out.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            out.append("|\n");
        }
        return out.toString();
    }
}
