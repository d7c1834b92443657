package dev.wscope.core.payload;

import java.nio.charset.StandardCharsets;

/** A message ready for the wire: a text frame (UTF-8 bytes) or a binary frame. */
public record OutgoingMessage(boolean binary, byte[] bytes) {

    public static OutgoingMessage text(String text) {
        return new OutgoingMessage(false, text.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
