package dev.wscope.core.collection;

import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.request.QueryString;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to reconnect: the address, the params, headers and cookies tables (disabled rows
 * included), subprotocols, connection options, spec fields and the saved messages. The id stays the same
 * through renames and moves, so open tabs and local secrets stay attached to it.
 */
public record SavedRequest(String id, String name, String url, List<KeyValue> params, List<KeyValue> headers,
                           List<KeyValue> cookies, List<String> subprotocols, ConnectOptions options, SpecFields spec,
                           List<SavedMessage> messages) implements CollectionItem {
    public SavedRequest {
        id = id == null || id.isBlank() ? Ids.newId() : id;
        name = name == null ? "" : name;
        url = url == null ? "" : url;
        params = List.copyOf(params);
        headers = List.copyOf(headers);
        cookies = List.copyOf(cookies);
        subprotocols = List.copyOf(subprotocols);
        options = Objects.requireNonNullElse(options, ConnectOptions.defaults());
        spec = Objects.requireNonNullElse(spec, SpecFields.empty());
        messages = List.copyOf(messages);
    }

    public static SavedRequest of(String name, String url) {
        return new SavedRequest(null, name, url, List.of(), List.of(), List.of(), List.of(), ConnectOptions.defaults(),
                SpecFields.empty(), List.of());
    }

    /** The request to connect with, {{variables}} still in it. Params rows, when there are any, make the query. */
    public ConnectRequest connectRequest() {
        String address = params.isEmpty() ? url : QueryString.withParams(url, params);
        return new ConnectRequest(address, headers, cookies, subprotocols, options);
    }

    public SavedRequest withId(String newId) {
        return new SavedRequest(newId, name, url, params, headers, cookies, subprotocols, options, spec, messages);
    }

    @Override
    public SavedRequest copied() {
        return withId(Ids.newId());
    }

    @Override
    public SavedRequest withName(String newName) {
        return new SavedRequest(id, newName, url, params, headers, cookies, subprotocols, options, spec, messages);
    }

    public SavedRequest withOptions(ConnectOptions newOptions) {
        return new SavedRequest(id, name, url, params, headers, cookies, subprotocols, newOptions, spec, messages);
    }

    public SavedRequest withSpec(SpecFields newSpec) {
        return new SavedRequest(id, name, url, params, headers, cookies, subprotocols, options, newSpec, messages);
    }

    public SavedRequest withMessages(List<SavedMessage> newMessages) {
        return new SavedRequest(id, name, url, params, headers, cookies, subprotocols, options, spec, newMessages);
    }
}
