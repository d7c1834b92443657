package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.CollectionItem;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.request.ConnectOptions;
import java.util.ArrayList;
import java.util.List;

/** Folders, requests and their messages in a file; each item names its kind ("folder", "request"). */
final class ItemJson {
    private ItemJson() {
    }

    static JsonArray writeAll(List<CollectionItem> items) {
        JsonArray array = new JsonArray();
        for (CollectionItem item : items) {
            array.add(item instanceof SavedRequest request ? writeRequest(request) : writeFolder((Folder) item));
        }
        return array;
    }

    static List<CollectionItem> readAll(JsonFields parent, String key) {
        List<CollectionItem> items = new ArrayList<>();
        for (JsonFields item : parent.objects(key)) {
            String kind = item.string("kind", "");
            switch (kind) {
                case "folder" -> items.add(new Folder(item.string("name", ""), readAll(item, "items")));
                case "request" -> items.add(readRequest(item));
                default -> throw item.problem("kind", "is \"" + kind + "\": expected \"folder\" or \"request\"");
            }
        }
        return items;
    }

    private static JsonObject writeFolder(Folder folder) {
        JsonObject json = new JsonObject();
        json.addProperty("kind", "folder");
        json.addProperty("name", folder.name());
        json.add("items", writeAll(folder.items()));
        return json;
    }

    static JsonObject writeRequest(SavedRequest request) {
        JsonObject json = new JsonObject();
        json.addProperty("kind", "request");
        json.addProperty("id", request.id());
        json.addProperty("name", request.name());
        json.addProperty("url", request.url());
        json.add("params", RowsJson.write(request.params()));
        json.add("headers", RowsJson.write(request.headers()));
        json.add("cookies", RowsJson.write(request.cookies()));
        JsonArray subprotocols = new JsonArray();
        request.subprotocols().forEach(subprotocols::add);
        json.add("subprotocols", subprotocols);
        if (!request.options().equals(ConnectOptions.defaults())) {
            json.add("options", OptionsJson.write(request.options()));
        }
        json.add("spec", SpecJson.write(request.spec()));
        JsonArray messages = new JsonArray();
        for (SavedMessage message : request.messages()) {
            JsonObject m = new JsonObject();
            m.addProperty("name", message.name());
            m.addProperty("format", message.format().id());
            m.addProperty("body", message.body());
            if (message.fromServer()) {
                m.addProperty("fromServer", true);
            }
            if (message.isProtocolMessage()) {
                m.addProperty("verb", message.verb());
            }
            messages.add(m);
        }
        json.add("messages", messages);
        return json;
    }

    static SavedRequest readRequest(JsonFields json) {
        List<SavedMessage> messages = new ArrayList<>();
        for (JsonFields m : json.objects("messages")) {
            String formatId = m.string("format", "text");
            MessageFormat format = MessageFormat.byId(formatId);
            if (format == null) {
                throw m.problem("format", "is \"" + formatId + "\": expected text, json, xml, html, base64 or hex");
            }
            messages.add(new SavedMessage(m.string("name", ""), format, m.string("body", ""), m.bool("fromServer", false),
                    m.string("verb", "")));
        }
        return new SavedRequest(json.string("id", null), json.string("name", ""), json.string("url", ""),
                RowsJson.read(json, "params"), RowsJson.read(json, "headers"), RowsJson.read(json, "cookies"),
                json.strings("subprotocols"),
                json.object("options").map(OptionsJson::read).orElse(ConnectOptions.defaults()),
                json.object("spec").map(SpecJson::read).orElse(null), messages);
    }
}
