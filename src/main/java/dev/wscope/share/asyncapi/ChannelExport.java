package dev.wscope.share.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.variables.Environment;
import dev.wscope.store.OptionsJson;
import dev.wscope.store.RowsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One saved request as a channel (address, ws binding with query and headers, messages) and the operations
 * on it, written from the server's side: what a client sends is the server's "receive", what the server
 * sends (messages kept as from the server) its "send".
 */
final class ChannelExport {
    private final ServerTable servers;
    private final List<Environment> environments;

    ChannelExport(ServerTable servers, List<Environment> environments) {
        this.servers = servers;
        this.environments = environments;
    }

    JsonObject channel(SavedRequest request) {
        JsonObject channel = new JsonObject();
        ServerTable.Place place = servers.place(request.url());
        channel.addProperty("address", place.address());
        channel.addProperty("title", request.name());
        SpecExport.describe(channel, request.spec());
        place.server().ifPresent(key -> {
            JsonArray refs = new JsonArray();
            refs.add(Refs.to("servers", key));
            channel.add("servers", refs);
        });
        JsonObject parameters = new JsonObject();
        WsAddress.names(place.address()).forEach(name -> parameters.add(name, VariableDocs.describe(name, environments)));
        if (parameters.size() > 0) {
            channel.add("parameters", parameters);
        }
        JsonObject messages = new JsonObject();
        KeyNames keys = new KeyNames();
        for (SavedMessage message : request.messages()) {
            messages.add(keys.unique(message.name(), "message"), MessageExport.of(message));
        }
        if (messages.size() > 0) {
            channel.add("messages", messages);
        }
        channel.add("bindings", bindings(request));
        addExtensions(channel, request);
        return channel;
    }

    /** The server's receive and send operations on the channel, for the messages there are. */
    static void addOperations(JsonObject operations, String channelKey, JsonObject channel, SavedRequest request) {
        JsonArray received = new JsonArray();
        JsonArray sent = new JsonArray();
        List<String> messageKeys = channel.has("messages") ? List.copyOf(channel.getAsJsonObject("messages").keySet())
                : List.of();
        for (int i = 0; i < messageKeys.size(); i++) {
            JsonObject ref = Refs.to("channels", channelKey, "messages", messageKeys.get(i));
            (request.messages().get(i).fromServer() ? sent : received).add(ref);
        }
        addOperation(operations, "receive", channelKey, received, "What a client sends here; the server receives it");
        addOperation(operations, "send", channelKey, sent, "What the server sends here");
    }

    private static void addOperation(JsonObject operations, String action, String channelKey, JsonArray messages,
                                     String summary) {
        if (messages.isEmpty()) {
            return;
        }
        JsonObject operation = new JsonObject();
        operation.addProperty("action", action);
        operation.add("channel", Refs.to("channels", channelKey));
        operation.addProperty("summary", summary);
        operation.add("messages", messages);
        operations.add(action + "-" + channelKey, operation);
    }

    private static JsonObject bindings(SavedRequest request) {
        JsonObject ws = new JsonObject();
        ws.addProperty("bindingVersion", "0.1.0");
        rowsSchema(request.params()).ifPresent(query -> ws.add("query", query));
        List<KeyValue> headers = new ArrayList<>(request.headers());
        request.connectRequest().cookieHeader().ifPresent(cookie -> headers.add(KeyValue.of("Cookie", cookie)));
        rowsSchema(headers).ifPresent(schema -> ws.add("headers", schema));
        JsonObject bindings = new JsonObject();
        bindings.add("ws", ws);
        return bindings;
    }

    /** Enabled rows as a JSON Schema object, each value given as its example; empty when none is enabled. */
    private static Optional<JsonObject> rowsSchema(List<KeyValue> rows) {
        JsonObject properties = new JsonObject();
        for (KeyValue row : rows) {
            if (row.enabled() && !row.name().isEmpty()) {
                JsonObject property = new JsonObject();
                property.addProperty("type", "string");
                JsonArray examples = new JsonArray();
                examples.add(row.value());
                property.add("examples", examples);
                properties.add(row.name(), property);
            }
        }
        if (properties.size() == 0) {
            return Optional.empty();
        }
        JsonObject schema = new JsonObject();
        schema.addProperty("type", "object");
        schema.add("properties", properties);
        return Optional.of(schema);
    }

    private static void addExtensions(JsonObject channel, SavedRequest request) {
        channel.addProperty(Extensions.ID, request.id());
        channel.addProperty(Extensions.URL, request.url());
        channel.add(Extensions.PARAMS, RowsJson.write(request.params()));
        channel.add(Extensions.HEADERS, RowsJson.write(request.headers()));
        channel.add(Extensions.COOKIES, RowsJson.write(request.cookies()));
        JsonArray subprotocols = new JsonArray();
        request.subprotocols().forEach(subprotocols::add);
        channel.add(Extensions.SUBPROTOCOLS, subprotocols);
        if (!request.options().equals(ConnectOptions.defaults())) {
            channel.add(Extensions.OPTIONS, OptionsJson.write(request.options()));
        }
        if (!request.options().protocol().isRaw()) {
            channel.addProperty(Extensions.PROTOCOL, request.options().protocol().kind().id());
        }
        SpecExport.addExtensions(channel, request.spec());
    }
}
