package dev.wscope.share.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.SpecFields;

/** Spec fields on an info or channel object: description and tags where AsyncAPI has them, the rest as x-wscope-*. */
final class SpecExport {
    private SpecExport() {
    }

    static void describe(JsonObject target, SpecFields spec) {
        if (!spec.description().isEmpty()) {
            target.addProperty("description", spec.description());
        }
        if (!spec.tags().isEmpty()) {
            JsonArray tags = new JsonArray();
            for (String tag : spec.tags()) {
                JsonObject t = new JsonObject();
                t.addProperty("name", tag);
                tags.add(t);
            }
            target.add("tags", tags);
        }
    }

    static void addExtensions(JsonObject target, SpecFields spec) {
        spec.statusIfSet().ifPresent(status -> target.addProperty(Extensions.STATUS, status.id()));
        if (!spec.owner().isEmpty()) {
            target.addProperty(Extensions.OWNER, spec.owner());
        }
    }
}
