package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of one JSON object with its path, so a wrong value is reported as
 * "$.items[2].name should be text" rather than a stack trace. Fields it is not asked for are ignored, and
 * a missing field gives the default: files from other versions read without a crash.
 */
public record JsonFields(JsonObject object, String path) {
    public static JsonFields root(JsonObject object) {
        return new JsonFields(object, "$");
    }

    public boolean has(String key) {
        return object.has(key) && !object.get(key).isJsonNull();
    }

    public String string(String key, String fallback) {
        JsonElement value = present(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw problem(key, "should be text");
        }
        return value.getAsString();
    }

    public boolean bool(String key, boolean fallback) {
        JsonElement value = present(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw problem(key, "should be true or false");
        }
        return value.getAsBoolean();
    }

    public long number(String key, long fallback) {
        JsonElement value = present(key);
        if (value == null) {
            return fallback;
        }
        try {
            if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
                return value.getAsBigDecimal().longValueExact();
            }
        } catch (ArithmeticException e) {
            // falls through to the same message as any other non-integer
        }
        throw problem(key, "should be a whole number");
    }

    public double decimal(String key, double fallback) {
        JsonElement value = present(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw problem(key, "should be a number");
        }
        return value.getAsDouble();
    }

    public List<Double> decimals(String key) {
        List<Double> out = new ArrayList<>();
        JsonArray array = array(key);
        for (int i = 0; i < array.size(); i++) {
            JsonElement element = array.get(i);
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
                throw new FormatProblem(path + "." + key + "[" + i + "] should be a number");
            }
            out.add(element.getAsDouble());
        }
        return out;
    }

    public int integer(String key, int fallback) {
        long value = number(key, fallback);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw problem(key, "is out of range");
        }
        return (int) value;
    }

    public Optional<JsonFields> object(String key) {
        JsonElement value = present(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isJsonObject()) {
            throw problem(key, "should be an object");
        }
        return Optional.of(new JsonFields(value.getAsJsonObject(), path + "." + key));
    }

    /** The elements of a list of objects; none when the field is missing. */
    public List<JsonFields> objects(String key) {
        List<JsonFields> out = new ArrayList<>();
        JsonArray array = array(key);
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isJsonObject()) {
                throw new FormatProblem(path + "." + key + "[" + i + "] should be an object");
            }
            out.add(new JsonFields(array.get(i).getAsJsonObject(), path + "." + key + "[" + i + "]"));
        }
        return out;
    }

    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        JsonArray array = array(key);
        for (int i = 0; i < array.size(); i++) {
            JsonElement element = array.get(i);
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
                throw new FormatProblem(path + "." + key + "[" + i + "] should be text");
            }
            out.add(element.getAsString());
        }
        return out;
    }

    /**
     * The document's schemaVersion (0 when missing), refused above the newest this Wscope writes: read as an
     * older version, a newer file would lose what this one does not know when written back.
     */
    public int schemaVersionUpTo(int newest) {
        int version = integer("schemaVersion", 0);
        if (version > newest) {
            throw new FormatProblem("it was written by a newer Wscope (schemaVersion " + version + ")");
        }
        return version;
    }

    public FormatProblem problem(String key, String what) {
        return new FormatProblem(path + "." + key + " " + what);
    }

    private JsonArray array(String key) {
        JsonElement value = present(key);
        if (value == null) {
            return new JsonArray();
        }
        if (!value.isJsonArray()) {
            throw problem(key, "should be a list");
        }
        return value.getAsJsonArray();
    }

    private JsonElement present(String key) {
        JsonElement value = object.get(key);
        return value == null || value.isJsonNull() ? null : value;
    }
}
