package dev.wscope.share.asyncapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.SpecFields;
import dev.wscope.core.collection.SpecStatus;
import java.util.ArrayList;
import java.util.List;

/** Spec fields from an info or channel object: tags and description, status and owner from x-wscope-*. */
final class SpecImport {
    private SpecImport() {
    }

    static SpecFields of(JsonObject described, List<String> tags, String description) {
        SpecStatus status = SpecStatus.byId(Trees.text(described, Extensions.STATUS)).orElse(null);
        return new SpecFields(status, Trees.text(described, Extensions.OWNER), tags, description);
    }

    /** The names of the tag objects in its "tags" list. */
    static List<String> tags(JsonObject tagged) {
        List<String> tags = new ArrayList<>();
        JsonElement list = tagged.get("tags");
        if (list != null && list.isJsonArray()) {
            for (JsonElement tag : list.getAsJsonArray()) {
                if (tag.isJsonObject()) {
                    tags.add(Trees.text(tag.getAsJsonObject(), "name"));
                }
            }
        }
        return tags;
    }
}
