package dev.wscope.share.asyncapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/** Lenient reads of someone else's document: a missing or odd field reads as empty, never as a crash. */
final class Trees {
    private Trees() {
    }

    /** The fields of the object under key; none when it is missing or not an object. */
    static Iterable<Map.Entry<String, JsonElement>> entries(JsonObject parent, String key) {
        JsonElement value = parent.get(key);
        return value != null && value.isJsonObject() ? value.getAsJsonObject().entrySet() : List.of();
    }

    /** The text (or number, or boolean, as text) under key; empty when it is missing or not a value. */
    static String text(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }
}
