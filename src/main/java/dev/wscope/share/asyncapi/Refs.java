package dev.wscope.share.asyncapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {"$ref": "#/a/b"} objects: made for exports (keys made by KeyNames need no escaping), followed on import
 * within the same document. References to other files are not followed: such a part imports as empty.
 */
final class Refs {
    /** Deeper chains than this are taken for a loop. */
    private static final int MOST_HOPS = 32;

    private Refs() {
    }

    static JsonObject to(String... path) {
        JsonObject ref = new JsonObject();
        ref.addProperty("$ref", "#/" + String.join("/", path));
        return ref;
    }

    /** The object the element stands for, following references; an empty object when that cannot be found. */
    static JsonObject resolve(JsonObject document, JsonElement element) {
        JsonElement current = element;
        for (int hop = 0; hop < MOST_HOPS; hop++) {
            if (current == null || !current.isJsonObject()) {
                return new JsonObject();
            }
            Optional<String> ref = refOf(current.getAsJsonObject());
            if (ref.isEmpty()) {
                return current.getAsJsonObject();
            }
            current = target(document, ref.get());
        }
        return new JsonObject();
    }

    static Optional<String> refOf(JsonObject object) {
        JsonElement ref = object.get("$ref");
        return ref != null && ref.isJsonPrimitive() ? Optional.of(ref.getAsString()) : Optional.empty();
    }

    /** The decoded segments of a local reference ("#/channels/a~1b" gives [channels, a/b]); empty for others. */
    static List<String> segments(String ref) {
        if (!ref.startsWith("#/")) {
            return List.of();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : ref.substring(2).split("/", -1)) {
            segments.add(percentDecoded(raw).replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    /** References are URI fragments, so "%7B" may stand for "{"; a stray "%" is taken as it is. */
    private static String percentDecoded(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static JsonElement target(JsonObject document, String ref) {
        List<String> segments = segments(ref);
        if (segments.isEmpty()) {
            return null;
        }
        JsonElement current = document;
        for (String segment : segments) {
            if (current != null && current.isJsonObject()) {
                current = current.getAsJsonObject().get(segment);
            } else if (current != null && current.isJsonArray() && segment.matches("\\d+")
                    && Integer.parseInt(segment) < current.getAsJsonArray().size()) {
                current = current.getAsJsonArray().get(Integer.parseInt(segment));
            } else {
                return null;
            }
        }
        return current;
    }
}
