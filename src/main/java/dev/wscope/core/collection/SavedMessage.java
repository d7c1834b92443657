package dev.wscope.core.collection;

import dev.wscope.core.payload.MessageFormat;
import java.util.Objects;

/**
 * A named message kept with a request. The body is the text as composed in its format (Base64 or hex
 * for binary) and may hold {{variables}}. A message marked fromServer is an example of what the server
 * sends (imported from a spec or kept for the docs) rather than one to send.
 */
public record SavedMessage(String name, MessageFormat format, String body, boolean fromServer) implements CollectionNode {
    public SavedMessage {
        name = name == null ? "" : name;
        Objects.requireNonNull(format, "format");
        body = body == null ? "" : body;
    }

    public static SavedMessage of(String name, MessageFormat format, String body) {
        return new SavedMessage(name, format, body, false);
    }

    @Override
    public SavedMessage withName(String newName) {
        return new SavedMessage(newName, format, body, fromServer);
    }

    /** The message itself: it has no id, so an unchanged copy saves apart already. */
    @Override
    public SavedMessage copied() {
        return this;
    }
}
