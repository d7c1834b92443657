package dev.wscope.share.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The channels of an AsyncAPI 2.x document. There the channel key is its address, and operations are named
 * from the client's side: "publish" is what a client sends, "subscribe" what the server sends.
 */
final class V2Channels {
    private V2Channels() {
    }

    static List<ImportedChannel> read(JsonObject document) {
        List<ImportedChannel> channels = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : Trees.entries(document, "channels")) {
            JsonObject item = Refs.resolve(document, entry.getValue());
            Map<String, JsonObject> parameters = new LinkedHashMap<>();
            Trees.entries(item, "parameters").forEach(p ->
                    parameters.put(p.getKey(), asVersion3(Refs.resolve(document, p.getValue()), document)));
            List<ImportedMessage> messages = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            KeyNames keys = new KeyNames();
            for (String verb : List.of("publish", "subscribe")) {
                if (item.has(verb)) {
                    JsonObject operation = Refs.resolve(document, item.get(verb));
                    boolean serverSends = verb.equals("subscribe");
                    addMessages(document, operation, serverSends, keys, messages);
                    notes.add(note(operation, verb, serverSends));
                }
            }
            channels.add(new ImportedChannel(entry.getKey(), item, entry.getKey(), parameters, messages, notes));
        }
        return channels;
    }

    private static void addMessages(JsonObject document, JsonObject operation, boolean serverSends, KeyNames keys,
                                    List<ImportedMessage> messages) {
        JsonElement message = operation.get("message");
        if (message == null || !message.isJsonObject()) {
            return;
        }
        JsonElement oneOf = message.getAsJsonObject().get("oneOf");
        List<JsonElement> choices = new ArrayList<>();
        if (oneOf != null && oneOf.isJsonArray()) {
            ((JsonArray) oneOf).forEach(choices::add);
        } else {
            choices.add(message);
        }
        for (JsonElement choice : choices) {
            JsonObject resolved = Refs.resolve(document, choice);
            String name = choice.isJsonObject() ? Refs.refOf(choice.getAsJsonObject()).map(Refs::segments)
                    .filter(path -> !path.isEmpty()).map(path -> path.get(path.size() - 1)).orElse("") : "";
            for (String field : List.of("name", "messageId")) {
                name = name.isEmpty() ? Trees.text(resolved, field) : name;
            }
            messages.add(new ImportedMessage(keys.unique(name, "message"), resolved, serverSends));
        }
    }

    /** A 2.x parameter keeps its enum, default and examples in a schema; 3.0 has them on the parameter. */
    private static JsonObject asVersion3(JsonObject parameter, JsonObject document) {
        JsonObject flat = new JsonObject();
        if (parameter.has("description")) {
            flat.add("description", parameter.get("description"));
        }
        JsonObject schema = Refs.resolve(document, parameter.get("schema"));
        for (String key : List.of("enum", "default", "examples")) {
            if (schema.has(key)) {
                flat.add(key, schema.get(key));
            }
        }
        return flat;
    }

    private static String note(JsonObject operation, String verb, boolean serverSends) {
        String id = Trees.text(operation, "operationId");
        String summary = Trees.text(operation, "summary");
        return V3Channels.note(id.isEmpty() ? verb : id, serverSends, summary);
    }
}
