package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.SpecFields;
import dev.wscope.core.collection.SpecStatus;

/** The spec fields (status, owner, tags, Markdown description) in a file. */
final class SpecJson {
    private SpecJson() {
    }

    static JsonObject write(SpecFields spec) {
        JsonObject json = new JsonObject();
        spec.statusIfSet().ifPresent(status -> json.addProperty("status", status.id()));
        json.addProperty("owner", spec.owner());
        JsonArray tags = new JsonArray();
        spec.tags().forEach(tags::add);
        json.add("tags", tags);
        json.addProperty("description", spec.description());
        return json;
    }

    static SpecFields read(JsonFields json) {
        SpecStatus status = null;
        if (json.has("status")) {
            String id = json.string("status", "");
            status = SpecStatus.byId(id).orElseThrow(() -> json.problem("status",
                    "is \"" + id + "\": expected designing, developing, testing, released or deprecated"));
        }
        return new SpecFields(status, json.string("owner", ""), json.strings("tags"), json.string("description", ""));
    }
}
