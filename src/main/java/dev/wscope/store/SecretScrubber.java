package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.wscope.core.variables.SecretMask;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites every secret value found in a JSON tree's text as its {{name}}, in place. Fields that hold
 * identifiers and keywords are left alone: rewriting them would break the file, and they hold no secrets.
 */
final class SecretScrubber {
    private static final Set<String> STRUCTURAL = Set.of("schemaVersion", "kind", "id", "format", "status");

    private SecretScrubber() {
    }

    static void scrub(JsonElement tree, SecretMask mask) {
        if (mask.isEmpty()) {
            return;
        }
        if (tree.isJsonObject()) {
            JsonObject object = tree.getAsJsonObject();
            for (Map.Entry<String, JsonElement> field : object.entrySet()) {
                if (!STRUCTURAL.contains(field.getKey())) {
                    field.setValue(scrubbed(field.getValue(), mask));
                }
            }
        } else if (tree.isJsonArray()) {
            JsonArray array = tree.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                array.set(i, scrubbed(array.get(i), mask));
            }
        }
    }

    private static JsonElement scrubbed(JsonElement value, SecretMask mask) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return new JsonPrimitive(mask.toPlaceholders(value.getAsString()));
        }
        scrub(value, mask);
        return value;
    }
}
