package dev.wscope.core.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HexDumpTest {
    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void fullLine_hasOffsetTwoGroupsOfEightAndAsciiColumn() {
        assertEquals("00000000  30 31 32 33 34 35 36 37  38 39 41 42 43 44 45 46  |0123456789ABCDEF|\n",
                HexDump.format(ascii("0123456789ABCDEF")));
    }

    @Test
    void partialLastLine_isPaddedSoTheAsciiColumnLinesUp() {
        String[] lines = HexDump.format(ascii("0123456789ABCDEFxyz")).split("\n");
        assertEquals(2, lines.length);
        assertEquals("00000010  78 79 7a                                          |xyz|", lines[1]);
        assertEquals(lines[0].indexOf('|'), lines[1].indexOf('|'));
    }

    @Test
    void lineOfNineBytes_stillHasTheGapBetweenTheGroups() {
        assertEquals("00000000  00 01 02 03 04 05 06 07  08                       |.........|\n",
                HexDump.format(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8}));
    }

    @Test
    void unprintableBytes_areDotsInTheAsciiColumn() {
        String dump = HexDump.format(new byte[] {0x1f, 0x20, 0x7e, 0x7f, (byte) 0x80, (byte) 0xff});
        assertEquals("|. ~...|", dump.substring(dump.indexOf('|'), dump.lastIndexOf('|') + 1));
        assertEquals("00000000  1f 20 7e 7f 80 ff", dump.substring(0, 27));
    }

    @Test
    void offsets_countBytesInHex() {
        String[] lines = HexDump.format(new byte[16 * 17 + 1]).split("\n");
        assertEquals(18, lines.length);
        assertEquals("000000f0", lines[15].substring(0, 8));
        assertEquals("00000100", lines[16].substring(0, 8));
        assertEquals("00000110", lines[17].substring(0, 8));
    }

    @Test
    void range_keepsTheAbsoluteOffsetsOfItsBytes() {
        byte[] bytes = new byte[64];
        bytes[40] = 'A';
        String dump = HexDump.format(bytes, 32, 48);
        assertEquals("00000020  00 00 00 00 00 00 00 00  41 00 00 00 00 00 00 00  |........A.......|\n", dump);
    }

    @Test
    void noBytes_isNoLines() {
        assertEquals("", HexDump.format(new byte[0]));
    }
}
