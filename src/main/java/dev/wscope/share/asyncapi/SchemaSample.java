package dev.wscope.share.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;

/**
 * A ready-to-edit example value made from a payload schema, for messages a document gives no example of:
 * constants, defaults, examples and the first enum value where the schema has them, else empty values of
 * the right type ("", 0, false); every property of an object; the first choice of a oneOf or anyOf.
 */
final class SchemaSample {
    /** Recursive schemas (a tree of nodes) stop here. */
    private static final int DEEPEST = 8;

    private final JsonObject document;

    private SchemaSample(JsonObject document) {
        this.document = document;
    }

    static JsonElement of(JsonObject document, JsonElement schema) {
        return new SchemaSample(document).sample(schema, 0);
    }

    private JsonElement sample(JsonElement schemaElement, int depth) {
        JsonObject schema = Refs.resolve(document, schemaElement);
        if (depth > DEEPEST) {
            return JsonNull.INSTANCE;
        }
        for (String single : List.of("const", "default")) {
            if (schema.has(single)) {
                return schema.get(single).deepCopy();
            }
        }
        for (String list : List.of("examples", "enum")) {
            if (schema.has(list) && schema.get(list).isJsonArray() && !schema.getAsJsonArray(list).isEmpty()) {
                return schema.getAsJsonArray(list).get(0).deepCopy();
            }
        }
        if (schema.has("allOf")) {
            return allOf(schema, depth);
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.has(choice) && schema.get(choice).isJsonArray() && !schema.getAsJsonArray(choice).isEmpty()) {
                return sample(schema.getAsJsonArray(choice).get(0), depth + 1);
            }
        }
        return byType(schema, depth);
    }

    private JsonElement byType(JsonObject schema, int depth) {
        String type = type(schema);
        switch (type) {
            case "array" -> {
                JsonArray array = new JsonArray();
                if (schema.has("items")) {
                    array.add(sample(schema.get("items"), depth + 1));
                }
                return array;
            }
            case "string" -> {
                return new JsonPrimitive("");
            }
            case "integer", "number" -> {
                return new JsonPrimitive(0);
            }
            case "boolean" -> {
                return new JsonPrimitive(false);
            }
            case "null" -> {
                return JsonNull.INSTANCE;
            }
            default -> {
                JsonObject object = new JsonObject();
                addProperties(object, schema, depth);
                return object;
            }
        }
    }

    /** All parts merged when they are objects (the usual "base + extra fields"), else the first part. */
    private JsonElement allOf(JsonObject schema, int depth) {
        JsonObject merged = new JsonObject();
        JsonElement firstOther = null;
        for (JsonElement part : schema.getAsJsonArray("allOf")) {
            JsonElement sample = sample(part, depth + 1);
            if (sample.isJsonObject()) {
                sample.getAsJsonObject().entrySet().forEach(e -> merged.add(e.getKey(), e.getValue()));
            } else if (firstOther == null) {
                firstOther = sample;
            }
        }
        addProperties(merged, schema, depth);
        return merged.size() == 0 && firstOther != null ? firstOther : merged;
    }

    private void addProperties(JsonObject target, JsonObject schema, int depth) {
        if (schema.has("properties") && schema.get("properties").isJsonObject()) {
            schema.getAsJsonObject("properties").entrySet()
                    .forEach(p -> target.add(p.getKey(), sample(p.getValue(), depth + 1)));
        }
    }

    /** The schema's type ("object" when it has properties or says nothing); the first non-null of a list. */
    private static String type(JsonObject schema) {
        JsonElement type = schema.get("type");
        if (type != null && type.isJsonArray()) {
            for (JsonElement option : type.getAsJsonArray()) {
                if (!"null".equals(SuggestedValue.text(option))) {
                    return SuggestedValue.text(option);
                }
            }
        }
        return type != null && type.isJsonPrimitive() ? type.getAsString() : "object";
    }
}
