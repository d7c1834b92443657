package dev.wscope.share.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.request.Subprotocols;
import dev.wscope.store.JsonFields;
import dev.wscope.store.OptionsJson;
import dev.wscope.store.RowsJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An imported channel as a saved request: the server's address and the channel's, the ws binding's query
 * and headers as params and headers (enabled when required, valued by default or example), messages as
 * saved messages. The x-wscope-* fields of a Wscope export override all of it, so nothing is lost.
 */
final class ChannelRequest {
    private static final String SUBPROTOCOL_HEADER = "Sec-WebSocket-Protocol";

    private ChannelRequest() {
    }

    static SavedRequest of(JsonObject document, ImportedChannel imported, String serverBase) {
        JsonObject channel = imported.channel();
        JsonFields wscope = new JsonFields(channel, "$.channels." + imported.key());
        JsonObject ws = Refs.resolve(document, Refs.resolve(document, channel.get("bindings")).get("ws"));
        List<KeyValue> headers = rows(document, ws.get("headers"));
        List<String> subprotocols = new ArrayList<>();
        headers.stream().filter(h -> h.name().equalsIgnoreCase(SUBPROTOCOL_HEADER))
                .forEach(h -> subprotocols.addAll(Subprotocols.parse(h.value())));
        headers.removeIf(h -> h.name().equalsIgnoreCase(SUBPROTOCOL_HEADER));
        List<SavedMessage> messages = new ArrayList<>();
        imported.messages().forEach(message -> messages.addAll(MessageImport.of(document, message)));
        String name = channel.has("title") ? Trees.text(channel, "title") : imported.key();
        return new SavedRequest(wscope.string(Extensions.ID, null), name,
                wscope.string(Extensions.URL, joined(serverBase, SuggestedValue.doubleBraces(imported.address()))),
                wscope.has(Extensions.PARAMS) ? RowsJson.read(wscope, Extensions.PARAMS) : rows(document, ws.get("query")),
                wscope.has(Extensions.HEADERS) ? RowsJson.read(wscope, Extensions.HEADERS) : headers,
                RowsJson.read(wscope, Extensions.COOKIES),
                wscope.has(Extensions.SUBPROTOCOLS) ? wscope.strings(Extensions.SUBPROTOCOLS) : subprotocols,
                options(wscope),
                SpecImport.of(channel, SpecImport.tags(channel),
                        wscope.has(Extensions.ID) ? Trees.text(channel, "description") : RequestNotes.of(imported)),
                messages);
    }

    /** The options as exported; a document naming only its protocol (x-wscope-protocol) speaks it with the defaults. */
    private static ConnectOptions options(JsonFields wscope) {
        ConnectOptions options = wscope.object(Extensions.OPTIONS).map(OptionsJson::read).orElse(ConnectOptions.defaults());
        String protocol = wscope.string(Extensions.PROTOCOL, null);
        if (protocol == null || !options.protocol().isRaw()) {
            return options;
        }
        return options.withProtocol(ProtocolSetup.of(ProtocolKind.byId(protocol).orElseThrow(() -> wscope.problem(
                Extensions.PROTOCOL, "is an unknown protocol \"" + protocol + "\" (known: " + ProtocolKind.ids() + ")"))));
    }

    /** The properties of an object schema as rows: enabled when required, valued by what the schema suggests. */
    private static List<KeyValue> rows(JsonObject document, JsonElement schemaElement) {
        JsonObject schema = Refs.resolve(document, schemaElement);
        Set<String> required = new HashSet<>();
        if (schema.get("required") instanceof JsonArray names) {
            names.forEach(n -> required.add(SuggestedValue.text(n)));
        }
        List<KeyValue> rows = new ArrayList<>();
        for (var property : Trees.entries(schema, "properties")) {
            String value = SuggestedValue.of(Refs.resolve(document, property.getValue())).orElse("");
            rows.add(new KeyValue(required.contains(property.getKey()), property.getKey(), value));
        }
        return rows;
    }

    private static String joined(String base, String address) {
        if (address.isEmpty()) {
            return base;
        }
        String path = address.startsWith("/") ? address : "/" + address;
        return base.endsWith("/") ? base + path.substring(1) : base + path;
    }
}
