package dev.wscope.core.collection;

import dev.wscope.core.payload.MessageFormat;
import java.util.Objects;

/**
 * A named message kept with a request. The body is the text as composed in its format (Base64 or hex
 * for binary) and may hold {{variables}}. A message marked fromServer is an example of what the server
 * sends (imported from a spec or kept for the docs) rather than one to send. verb: for a message in its request's
 * protocol's terms (emit, subscribe, perform ...; see ProtocolMessage), the verb, the body being its argument; empty
 * for a raw frame.
 */
public record SavedMessage(String name, MessageFormat format, String body, boolean fromServer, String verb)
        implements CollectionNode {
    public SavedMessage {
        name = name == null ? "" : name;
        Objects.requireNonNull(format, "format");
        body = body == null ? "" : body;
        verb = verb == null ? "" : verb;
    }

    /** A raw frame. */
    public SavedMessage(String name, MessageFormat format, String body, boolean fromServer) {
        this(name, format, body, fromServer, "");
    }

    public boolean isProtocolMessage() {
        return !verb.isEmpty();
    }

    /** The same message whatever its name: verb, format and body. */
    public boolean sameContent(SavedMessage other) {
        return other != null && verb.equals(other.verb) && format == other.format && body.equals(other.body);
    }

    public static SavedMessage of(String name, MessageFormat format, String body) {
        return new SavedMessage(name, format, body, false);
    }

    @Override
    public SavedMessage withName(String newName) {
        return new SavedMessage(newName, format, body, fromServer, verb);
    }

    /** The message itself: it has no id, so an unchanged copy saves apart already. */
    @Override
    public SavedMessage copied() {
        return this;
    }
}
