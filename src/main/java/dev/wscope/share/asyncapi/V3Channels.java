package dev.wscope.share.asyncapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The channels of an AsyncAPI 3.x document. Operations are written from the application's (the server's)
 * side: the messages of a "send" operation, and the replies to a "receive" one, come from the server.
 */
final class V3Channels {
    private final JsonObject document;
    /** "channelKey/messageKey" -> whether the server sends it. */
    private final Map<String, Boolean> fromServer = new HashMap<>();
    private final Map<String, List<String>> notes = new HashMap<>();

    private V3Channels(JsonObject document) {
        this.document = document;
    }

    static List<ImportedChannel> read(JsonObject document) {
        return new V3Channels(document).channels();
    }

    private List<ImportedChannel> channels() {
        for (Map.Entry<String, JsonElement> operation : Trees.entries(document, "operations")) {
            readOperation(operation.getKey(), Refs.resolve(document, operation.getValue()));
        }
        List<ImportedChannel> channels = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : Trees.entries(document, "channels")) {
            String key = entry.getKey();
            JsonObject channel = Refs.resolve(document, entry.getValue());
            Map<String, JsonObject> parameters = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> parameter : Trees.entries(channel, "parameters")) {
                parameters.put(parameter.getKey(), Refs.resolve(document, parameter.getValue()));
            }
            List<ImportedMessage> messages = new ArrayList<>();
            for (Map.Entry<String, JsonElement> message : Trees.entries(channel, "messages")) {
                messages.add(new ImportedMessage(message.getKey(), Refs.resolve(document, message.getValue()),
                        fromServer.getOrDefault(key + "/" + message.getKey(), false)));
            }
            channels.add(new ImportedChannel(key, channel, Trees.text(channel, "address"), parameters, messages,
                    notes.getOrDefault(key, List.of())));
        }
        return channels;
    }

    private void readOperation(String name, JsonObject operation) {
        boolean serverSends = "send".equals(Trees.text(operation, "action"));
        String channel = channelKey(operation.get("channel"));
        mark(channel, operation.get("messages"), serverSends);
        String summary = Trees.text(operation, "summary");
        if (summary.isEmpty()) {
            summary = Trees.text(operation, "description");
        }
        notes.computeIfAbsent(channel, k -> new ArrayList<>()).add(note(name, serverSends, summary));
        if (operation.has("reply")) {
            JsonObject reply = Refs.resolve(document, operation.get("reply"));
            String replyChannel = reply.has("channel") ? channelKey(reply.get("channel")) : channel;
            mark(replyChannel, reply.get("messages"), !serverSends);
        }
    }

    /** Marks the listed messages of the channel, or all of them when the operation lists none. */
    private void mark(String channel, JsonElement messages, boolean serverSends) {
        if (messages != null && messages.isJsonArray()) {
            for (JsonElement message : messages.getAsJsonArray()) {
                List<String> path = message.isJsonObject()
                        ? Refs.refOf(message.getAsJsonObject()).map(Refs::segments).orElse(List.of()) : List.of();
                if (path.size() == 4 && path.get(0).equals("channels") && path.get(2).equals("messages")) {
                    fromServer.put(path.get(1) + "/" + path.get(3), serverSends);
                }
            }
            return;
        }
        JsonObject channels = document.has("channels") && document.get("channels").isJsonObject()
                ? document.getAsJsonObject("channels") : new JsonObject();
        JsonObject target = Refs.resolve(document, channels.get(channel));
        for (Map.Entry<String, JsonElement> message : Trees.entries(target, "messages")) {
            fromServer.put(channel + "/" + message.getKey(), serverSends);
        }
    }

    private static String channelKey(JsonElement reference) {
        if (reference == null || !reference.isJsonObject()) {
            return "";
        }
        List<String> path = Refs.refOf(reference.getAsJsonObject()).map(Refs::segments).orElse(List.of());
        return path.size() == 2 && path.get(0).equals("channels") ? path.get(1) : "";
    }

    /** One line on an operation for the request's description. */
    static String note(String operation, boolean serverSends, String summary) {
        return "**" + operation + "** (" + (serverSends ? "the server sends" : "the server receives") + ")"
                + (summary.isEmpty() ? "" : ": " + summary);
    }
}
