package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.variables.Environment;
import java.util.ArrayList;
import java.util.List;

/**
 * A collection as the JSON tree of its file (format in docs/user-guide.md), keys always in the same order.
 * Secret variables are written by name only: their values never reach this tree.
 */
public final class CollectionJson {
    public static final int SCHEMA_VERSION = 1;

    private CollectionJson() {
    }

    public static JsonObject write(Collection collection) {
        JsonObject json = new JsonObject();
        json.addProperty("schemaVersion", SCHEMA_VERSION);
        json.addProperty("kind", "collection");
        json.addProperty("id", collection.id());
        json.addProperty("name", collection.name());
        json.add("spec", SpecJson.write(collection.spec()));
        if (!collection.api().isEmpty()) {
            json.add("api", ApiInfoJson.write(collection.api()));
        }
        JsonArray environments = new JsonArray();
        for (Environment environment : collection.environments()) {
            environments.add(EnvironmentJson.write(environment));
        }
        json.add("environments", environments);
        json.add("items", ItemJson.writeAll(collection.items()));
        return json;
    }

    /** The collection in a tree already at the current schema version (see Migrations). */
    public static Collection read(JsonObject tree) {
        JsonFields json = JsonFields.root(tree);
        String kind = json.string("kind", "collection");
        if (!kind.equals("collection")) {
            throw json.problem("kind", "is \"" + kind + "\": this is not a collection file");
        }
        List<Environment> environments = new ArrayList<>();
        for (JsonFields environment : json.objects("environments")) {
            environments.add(EnvironmentJson.read(environment));
        }
        return new Collection(json.string("id", null), json.string("name", ""),
                json.object("spec").map(SpecJson::read).orElse(null), ItemJson.readAll(json, "items"), environments,
                json.object("api").map(ApiInfoJson::read).orElse(null));
    }
}
