package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.request.KeyValue;
import java.util.List;

/** A params, headers or cookies table in a file: {"name", "value"}, plus "enabled": false for a disabled row. */
public final class RowsJson {
    private RowsJson() {
    }

    public static JsonArray write(List<KeyValue> rows) {
        JsonArray array = new JsonArray();
        for (KeyValue row : rows) {
            JsonObject json = new JsonObject();
            json.addProperty("name", row.name());
            json.addProperty("value", row.value());
            if (!row.enabled()) {
                json.addProperty("enabled", false);
            }
            array.add(json);
        }
        return array;
    }

    public static List<KeyValue> read(JsonFields parent, String key) {
        return parent.objects(key).stream()
                .map(row -> new KeyValue(row.bool("enabled", true), row.string("name", ""), row.string("value", "")))
                .toList();
    }
}
