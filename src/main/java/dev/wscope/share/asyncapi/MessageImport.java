package dev.wscope.share.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.store.JsonDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An AsyncAPI message as saved messages: one per example it gives, or one made from its payload schema
 * when it gives none. A message Wscope exported comes back exactly (its x-wscope-format and -body).
 */
final class MessageImport {
    private MessageImport() {
    }

    static List<SavedMessage> of(JsonObject document, ImportedMessage imported) {
        JsonObject message = imported.message();
        String name = Trees.text(message, "name").isEmpty() ? imported.key() : Trees.text(message, "name");
        JsonArray examples = examples(message);
        MessageFormat exported = MessageFormat.byId(Trees.text(message, Extensions.FORMAT));
        if (exported != null) {
            String body = message.has(Extensions.BODY) ? Trees.text(message, Extensions.BODY)
                    : examples.isEmpty() ? "" : SuggestedValue.text(examples.get(0).getAsJsonObject().get("payload"));
            return List.of(new SavedMessage(name, exported, body, imported.fromServer(), Trees.text(message, Extensions.VERB)));
        }
        String contentType = Trees.text(message, "contentType");
        Optional<MessageFormat> declared = ContentTypes.formatOf(contentType.isEmpty()
                ? Trees.text(document, "defaultContentType") : contentType);
        List<SavedMessage> saved = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            JsonObject example = examples.get(i).getAsJsonObject();
            String exampleName = Trees.text(example, "name");
            if (exampleName.isEmpty()) {
                exampleName = examples.size() == 1 ? name : name + " " + (i + 1);
            }
            saved.add(message(exampleName, example.get("payload"), declared, imported.fromServer()));
        }
        if (saved.isEmpty()) {
            saved.add(message(name, SchemaSample.of(document, payloadSchema(message)), declared, imported.fromServer()));
        }
        return saved;
    }

    private static SavedMessage message(String name, JsonElement payload, Optional<MessageFormat> declared,
                                        boolean fromServer) {
        boolean text = payload.isJsonPrimitive() && payload.getAsJsonPrimitive().isString();
        MessageFormat format = declared.orElse(text ? MessageFormat.TEXT : MessageFormat.JSON);
        String body = text ? payload.getAsString()
                : format == MessageFormat.JSON ? JsonDocuments.pretty(payload).strip() : payload.toString();
        return new SavedMessage(name, format, body, fromServer);
    }

    /** The examples that carry a payload (an example may give only headers, which a WebSocket message has none of). */
    private static JsonArray examples(JsonObject message) {
        JsonArray withPayload = new JsonArray();
        JsonElement examples = message.get("examples");
        if (examples != null && examples.isJsonArray()) {
            for (JsonElement example : examples.getAsJsonArray()) {
                if (example.isJsonObject() && example.getAsJsonObject().has("payload")) {
                    withPayload.add(example);
                }
            }
        }
        return withPayload;
    }

    /** 3.0 may wrap the schema as {schemaFormat, schema}. */
    private static JsonElement payloadSchema(JsonObject message) {
        JsonElement payload = message.get("payload");
        if (payload != null && payload.isJsonObject() && payload.getAsJsonObject().has("schemaFormat")) {
            return payload.getAsJsonObject().get("schema");
        }
        return payload;
    }
}
