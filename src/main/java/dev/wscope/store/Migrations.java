package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Upgrades the JSON tree of an older collection file, one schema version at a time, before it is read.
 * The file itself is rewritten only by the next save (and its old content stays in NAME.bak).
 */
public final class Migrations {
    /** Step i turns a version-i tree into a version-(i+1) tree. */
    private static final List<UnaryOperator<JsonObject>> STEPS = List.of(Migrations::fromVersion0);

    private Migrations() {
    }

    public static JsonObject upgrade(JsonObject tree) {
        JsonFields root = JsonFields.root(tree);
        if (!root.has("schemaVersion")) {
            throw new FormatProblem("no \"schemaVersion\": this is not a Wscope collection file");
        }
        long version = root.number("schemaVersion", 0);
        if (version > CollectionJson.SCHEMA_VERSION) {
            throw new FormatProblem("schemaVersion " + version + " was written by a newer Wscope; this one reads up to "
                    + CollectionJson.SCHEMA_VERSION + ". Update Wscope to open it");
        }
        if (version < 0) {
            throw root.problem("schemaVersion", "cannot be negative");
        }
        JsonObject current = tree;
        for (int step = (int) version; step < CollectionJson.SCHEMA_VERSION; step++) {
            current = STEPS.get(step).apply(current);
        }
        return current;
    }

    /**
     * Version 0 (early builds): a flat "requests" list with a "folder" path ("A/B"), headers as a
     * name-to-value object, subprotocols as one comma-separated text, "timeoutSeconds", and messages with
     * "type" and "text". Version 1 nests folders as items, keeps rows as lists and names each item's kind.
     */
    private static JsonObject fromVersion0(JsonObject old) {
        JsonFields v0 = JsonFields.root(old);
        JsonObject spec = new JsonObject();
        spec.addProperty("description", v0.string("description", ""));
        JsonObject tree = new JsonObject();
        tree.addProperty("schemaVersion", 1);
        tree.addProperty("kind", "collection");
        tree.addProperty("name", v0.string("name", ""));
        tree.add("spec", spec);
        tree.add("environments", new JsonArray());
        JsonArray items = new JsonArray();
        for (JsonFields request : v0.objects("requests")) {
            folderItems(items, request.string("folder", "")).add(requestFromVersion0(request));
        }
        tree.add("items", items);
        return tree;
    }

    private static JsonObject requestFromVersion0(JsonFields old) {
        JsonObject request = new JsonObject();
        request.addProperty("kind", "request");
        request.addProperty("name", old.string("name", ""));
        request.addProperty("url", old.string("url", ""));
        JsonArray headers = new JsonArray();
        JsonFields oldHeaders = old.object("headers").orElse(JsonFields.root(new JsonObject()));
        for (String name : oldHeaders.object().keySet()) {
            JsonObject row = new JsonObject();
            row.addProperty("name", name);
            row.addProperty("value", oldHeaders.string(name, ""));
            headers.add(row);
        }
        request.add("headers", headers);
        JsonArray subprotocols = new JsonArray();
        for (String protocol : old.string("subprotocols", "").split(",")) {
            if (!protocol.isBlank()) {
                subprotocols.add(protocol.strip());
            }
        }
        request.add("subprotocols", subprotocols);
        if (old.has("timeoutSeconds")) {
            JsonObject options = new JsonObject();
            options.addProperty("handshakeTimeoutMillis", old.integer("timeoutSeconds", 10) * 1000);
            request.add("options", options);
        }
        JsonArray messages = new JsonArray();
        for (JsonFields message : old.objects("messages")) {
            JsonObject m = new JsonObject();
            m.addProperty("name", message.string("name", ""));
            m.addProperty("format", message.string("type", "text"));
            m.addProperty("body", message.string("text", ""));
            messages.add(m);
        }
        request.add("messages", messages);
        return request;
    }

    /** The items list of the folder at this "A/B" path under root, made on first use. */
    private static JsonArray folderItems(JsonArray root, String path) {
        JsonArray items = root;
        for (String name : path.split("/")) {
            if (name.isBlank()) {
                continue;
            }
            items = childFolder(items, name.strip());
        }
        return items;
    }

    private static JsonArray childFolder(JsonArray items, String name) {
        for (JsonElement item : items) {
            JsonObject object = item.getAsJsonObject();
            if ("folder".equals(object.get("kind").getAsString()) && name.equals(object.get("name").getAsString())) {
                return object.getAsJsonArray("items");
            }
        }
        JsonObject folder = new JsonObject();
        folder.addProperty("kind", "folder");
        folder.addProperty("name", name);
        folder.add("items", new JsonArray());
        items.add(folder);
        return folder.getAsJsonArray("items");
    }
}
