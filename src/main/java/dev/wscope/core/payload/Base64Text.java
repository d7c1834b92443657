package dev.wscope.core.payload;

import java.util.Base64;

/** Base64 input, standard or URL-safe alphabet, padding optional, line breaks and spaces ignored. */
public final class Base64Text {
    private Base64Text() {
    }

    public static byte[] decode(String input) throws PayloadException {
        StringBuilder clean = new StringBuilder(input.length());
        int firstStandard = 0;
        int firstUrlSafe = 0;
        int padding = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c == '=') {
                padding++;
                continue;
            }
            boolean standard = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean special = c == '+' || c == '/' || c == '-' || c == '_';
            if (!(standard || special) || padding > 0) {
                String what = padding > 0 ? "after '=' padding" : "is not a Base64 character";
                throw new PayloadException("Base64: '" + HexText.characterAt(input, i) + "' at position " + (i + 1)
                        + " " + what);
            }
            if ((c == '+' || c == '/') && firstStandard == 0) {
                firstStandard = i + 1;
            }
            if ((c == '-' || c == '_') && firstUrlSafe == 0) {
                firstUrlSafe = i + 1;
            }
            clean.append(c);
        }
        if (clean.length() % 4 == 1) {
            throw new PayloadException("Base64: " + clean.length()
                    + " characters cannot be whole bytes; a character is missing or one too many");
        }
        if (padding > 2) {
            throw new PayloadException("Base64: at most two '=' may end the text, found " + padding);
        }
        if (padding > 0 && (clean.length() + padding) % 4 != 0) {
            throw new PayloadException("Base64: " + padding + " '=' after " + clean.length() + " characters: padding"
                    + " only fills the last group of four, so a character is missing or an '=' is one too many");
        }
        if (firstStandard > 0 && firstUrlSafe > 0) {
            throw new PayloadException("Base64: mixes the standard (+/) and URL-safe (-_) alphabets: '"
                    + input.charAt(firstStandard - 1) + "' at position " + firstStandard + ", '"
                    + input.charAt(firstUrlSafe - 1) + "' at position " + firstUrlSafe);
        }
        Base64.Decoder decoder = firstUrlSafe > 0 ? Base64.getUrlDecoder() : Base64.getDecoder();
        try {
            return decoder.decode(withPadding(clean));
        } catch (IllegalArgumentException e) {
            throw new PayloadException("Base64: " + e.getMessage());
        }
    }

    private static String withPadding(StringBuilder clean) {
        while (clean.length() % 4 != 0) {
            clean.append('=');
        }
        return clean.toString();
    }
}
