package dev.wscope.core.collection;

import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request as it stands in a tab, taken on the FX thread so it can be saved off it: the fields the tab
 * edits, the message in the composer, and which saved message the composer was loaded from. Saving merges
 * it into the request as it is stored now, so a rename or a reordering done in the tree since the tab was
 * opened is kept.
 */
public record RequestDraft(String id, String name, String url, List<KeyValue> params, List<KeyValue> headers,
                           List<KeyValue> cookies, List<String> subprotocols, ConnectOptions options, SpecFields spec,
                           SavedMessage composed, SavedMessage loaded, List<SavedMessage> openedMessages) {
    public RequestDraft {
        params = List.copyOf(params);
        headers = List.copyOf(headers);
        cookies = List.copyOf(cookies);
        subprotocols = List.copyOf(subprotocols);
        openedMessages = List.copyOf(openedMessages);
    }

    /** The same draft under another name: the one a user gives a request saved for the first time. */
    public RequestDraft withName(String newName) {
        return new RequestDraft(id, newName, url, params, headers, cookies, subprotocols, options, spec, composed, loaded,
                openedMessages);
    }

    /**
     * The request to write: name and saved messages from the stored version (null: not stored yet), the rest
     * from the tab. The composed message replaces the one it was loaded from, or joins the list when it is new.
     */
    public SavedRequest mergeInto(SavedRequest stored) {
        List<SavedMessage> messages = new ArrayList<>(stored == null ? openedMessages : stored.messages());
        if (composed != null && !composed.body().isBlank()) {
            int at = loaded == null || loaded.fromServer() ? -1 : messages.indexOf(loaded);
            if (at >= 0) {
                messages.set(at, composed.withName(loaded.name()));
            } else if (messages.stream().noneMatch(composed::sameContent)) {
                messages.add(composed.withName("Message " + (messages.size() + 1)));
            }
        }
        return new SavedRequest(stored == null ? id : stored.id(), stored == null ? name : stored.name(), url, params,
                headers, cookies, subprotocols, options, spec, messages);
    }

    /**
     * True when what a user edits differs (not which message was loaded, nor the name the tree owns). A saved
     * message of the request loaded as it is into the composer is no change: it is already saved.
     */
    public boolean differsFrom(RequestDraft other) {
        return other == null || !url.equals(other.url) || !params.equals(other.params) || !headers.equals(other.headers)
                || !cookies.equals(other.cookies) || !subprotocols.equals(other.subprotocols)
                || !Objects.equals(options, other.options) || !spec.equals(other.spec)
                || !Objects.equals(composed, other.composed) && !composesLoadedAsSaved();
    }

    private boolean composesLoadedAsSaved() {
        return composed != null && loaded != null && !loaded.fromServer() && openedMessages.contains(loaded)
                && loaded.sameContent(composed);
    }
}
