package dev.wscope.ui.collections;

import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.SpecFields;
import dev.wscope.core.request.QueryString;
import dev.wscope.core.request.Subprotocols;
import dev.wscope.ui.composer.ComposerViewModel;
import dev.wscope.ui.session.SessionViewModel;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a request between the window and a collection: what is on show becomes a SavedRequest (keeping
 * the id and saved messages of the request it was opened from), and a SavedRequest fills the window.
 * FX thread only.
 */
public final class RequestSnapshot {
    private final SessionViewModel session;
    private final ComposerViewModel composer;
    private SavedRequest opened;

    public RequestSnapshot(SessionViewModel session, ComposerViewModel composer) {
        this.session = session;
        this.composer = composer;
    }

    /** The request on show; the composer's message joins the saved ones unless it is one already. */
    public SavedRequest capture() {
        String url = session.urlProperty().get().strip();
        int query = url.indexOf('?');
        List<SavedMessage> messages = new ArrayList<>(opened == null ? List.of() : opened.messages());
        String body = composer.textProperty().get();
        if (!body.isBlank() && messages.stream().noneMatch(m -> m.body().equals(body))) {
            messages.add(SavedMessage.of("Message " + (messages.size() + 1), composer.formatProperty().get(), body));
        }
        return new SavedRequest(opened == null ? null : opened.id(), opened == null ? nameFor(url) : opened.name(),
                query < 0 ? url : url.substring(0, query), session.params().values(), session.headers().values(),
                session.cookies().values(), Subprotocols.parse(session.subprotocolsProperty().get()),
                session.settings().toOptions(), opened == null ? SpecFields.empty() : opened.spec(), messages);
    }

    /** Fills the window with a saved request; saving later replaces it in its collection. */
    public void open(SavedRequest request) {
        opened = request;
        session.urlProperty().set(QueryString.withParams(request.url(), request.params()));
        session.params().setValues(request.params());
        session.headers().setValues(request.headers());
        session.cookies().setValues(request.cookies());
        session.subprotocolsProperty().set(String.join(", ", request.subprotocols()));
        session.settings().load(request.options());
        request.messages().stream().filter(m -> !m.fromServer()).findFirst()
                .ifPresent(message -> composer.load(message.format(), message.body()));
    }

    /** Remembers what was saved, so the next save replaces it. */
    public void saved(SavedRequest request) {
        opened = request;
    }

    /** A name from the address: host and path, e.g. "127.0.0.1:8765/echo". */
    static String nameFor(String url) {
        try {
            URI uri = URI.create(url.replace("{{", "").replace("}}", ""));
            String name = (uri.getHost() == null ? "" : uri.getHost()) + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getPath() == null ? "" : uri.getPath());
            return name.isBlank() ? url : name;
        } catch (IllegalArgumentException e) {
            return url.isBlank() ? "Request" : url;
        }
    }
}
