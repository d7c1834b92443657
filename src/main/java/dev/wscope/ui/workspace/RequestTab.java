package dev.wscope.ui.workspace;

import dev.wscope.core.collection.RequestDraft;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.request.QueryString;
import dev.wscope.core.request.Subprotocols;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.workspace.OpenTab;
import dev.wscope.ui.composer.ComposerViewModel;
import dev.wscope.session.ConnectionState;
import dev.wscope.ui.session.SessionViewModel;
import dev.wscope.ui.session.TrafficMeter;
import dev.wscope.ui.spec.SpecFieldsModel;
import dev.wscope.ui.timeline.TimelineViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One open request in its own tab: its own connection and timeline, composer and spec fields, and the saved
 * request it was opened from. It knows whether anything differs from what was last opened or saved (the
 * unsaved-changes marker). FX thread only.
 */
public final class RequestTab implements WorkspaceTab {
    private final SessionViewModel session;
    private final ComposerViewModel composer;
    private final SpecFieldsModel spec = new SpecFieldsModel();
    private final ObservableList<Environment> environments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private SavedRequest opened;
    private SavedMessage loaded;
    private RequestDraft baseline;
    /** The environment a restored tab had, picked once its collection's environments arrive. */
    private String preferredEnvironment;

    public RequestTab(SessionViewModel session, ComposerViewModel composer) {
        this.session = session;
        this.composer = composer;
        InvalidationListener changed = o -> refresh();
        List<Observable> watched = new ArrayList<>(List.of(session.form().urlProperty(), session.form().subprotocolsProperty(),
                composer.textProperty(), composer.formatProperty()));
        watched.addAll(session.form().settings().observables());
        watched.addAll(spec.observables());
        watched.forEach(o -> o.addListener(changed));
        session.form().params().addChangeListener(this::refresh);
        session.form().headers().addChangeListener(this::refresh);
        session.form().cookies().addChangeListener(this::refresh);
        baseline = draftOrNull();
        refresh();
    }

    /** Fills the tab with a saved request and the environments of its collection (the first one selected). */
    public void open(SavedRequest request, List<Environment> offered) {
        opened = request;
        show(request);
        loaded = request.messages().stream().filter(m -> !m.fromServer()).findFirst().orElse(null);
        if (loaded != null) {
            composer.load(loaded);
        }
        environments.setAll(offered);
        session.variables().environmentProperty().set(offered.isEmpty() ? null : offered.get(0));
        markSaved();
    }

    private void show(SavedRequest request) {
        session.form().urlProperty().set(QueryString.withParams(request.url(), request.params()));
        session.form().params().setValues(request.params());
        session.form().headers().setValues(request.headers());
        session.form().cookies().setValues(request.cookies());
        session.form().subprotocolsProperty().set(String.join(", ", request.subprotocols()));
        session.form().settings().load(request.options());
        spec.load(request.spec());
    }

    /**
     * The tab as it stands, for the next run: unsaved edits, the composer and the environment included. A
     * setting that cannot be read yet (a half-typed proxy address) is kept as it was last opened.
     */
    public OpenTab snapshot() {
        RequestDraft now = draftOrNull();
        SavedRequest edited = now == null ? (opened == null ? SavedRequest.of(title.get(), session.form().urlProperty().get()) : opened)
                : new SavedRequest(now.id(), title.get(), now.url(), now.params(), now.headers(), now.cookies(),
                now.subprotocols(), now.options(), now.spec(), List.of());
        Environment selected = session.variables().environmentProperty().get();
        return new OpenTab(opened, edited, composer.composed(),
                opened == null || loaded == null ? -1 : opened.messages().indexOf(loaded),
                selected != null ? selected.name() : preferredEnvironment);
    }

    /**
     * Puts back a tab of the last run: the request it was opened from (so the unsaved-changes dot shows what
     * still differs from it), then what was typed. Its environments arrive with the collections.
     */
    public void restore(OpenTab tab) {
        if (tab.opened() != null) {
            open(tab.opened(), List.of());
            loaded = tab.loadedMessage() >= 0 && tab.loadedMessage() < tab.opened().messages().size()
                    ? tab.opened().messages().get(tab.loadedMessage()) : null;
        }
        show(tab.edited());
        composer.load(tab.composer());
        preferredEnvironment = tab.environment();
        refresh();
    }

    /** Puts a saved message into the composer; saving then updates that message when it is this request's. */
    public void loadMessage(SavedMessage message) {
        loaded = message; // first: the composer's change is then measured against it (no unsaved dot for it)
        composer.load(message);
        refresh();
    }

    /**
     * The request as it stands, taken now so it can be saved off the FX thread. Throws IllegalArgumentException
     * (with words for the user) when a setting cannot be read, such as a bad proxy address.
     */
    public RequestDraft draft() {
        String url = session.form().urlProperty().get().strip();
        int query = url.indexOf('?');
        SavedMessage composed = composer.composed();
        return new RequestDraft(opened == null ? null : opened.id(), opened == null ? title.get() : opened.name(),
                query < 0 ? url : url.substring(0, query), session.form().params().values(), session.form().headers().values(),
                session.form().cookies().values(), Subprotocols.parse(session.form().subprotocolsProperty().get()),
                session.form().settings().toOptions(), spec.toSpec(), composed, loaded,
                opened == null ? List.of() : opened.messages());
    }

    private RequestDraft draftOrNull() {
        try {
            return draft();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** The request was written as given: that is now the unchanged state. */
    public void saved(SavedRequest request) {
        opened = request;
        SavedMessage composed = composer.composed();
        loaded = request.messages().stream().filter(composed::sameContent).findFirst().orElse(loaded);
        markSaved();
    }

    /**
     * The collections were read again: the stored version of this tab's request (renamed, moved, its messages
     * reordered) and its collection's environments, the selected one kept by name. Unsaved edits stay.
     */
    public void storedAs(SavedRequest stored, List<Environment> offered) {
        opened = stored;
        if (loaded != null && !stored.messages().contains(loaded)) {
            loaded = stored.messages().stream().filter(m -> m.body().equals(loaded.body())).findFirst().orElse(null);
        }
        Environment selected = session.variables().environmentProperty().get();
        String wanted = selected != null ? selected.name() : preferredEnvironment;
        preferredEnvironment = null;
        environments.setAll(offered);
        session.variables().environmentProperty().set(wanted == null ? null : offered.stream()
                .filter(e -> e.name().equals(wanted)).findFirst().orElse(offered.isEmpty() ? null : offered.get(0)));
        refresh();
    }

    private void markSaved() {
        baseline = draftOrNull();
        refresh();
    }

    private void refresh() {
        RequestDraft now = draftOrNull();
        dirty.set(now == null || now.differsFrom(baseline));
        String url = session.form().urlProperty().get().strip();
        title.set(opened != null ? opened.name() : url.isEmpty() ? "New request" : RequestNames.fromUrl(url));
    }

    /** Nothing opened, typed or connected yet: opening a saved request may use this tab. */
    public boolean isPristine() {
        return opened == null && !dirty.get() && session.stateProperty().get() == ConnectionState.DISCONNECTED
                && session.timeline().size() == 0;
    }

    /** The id of the saved request this tab edits; empty for a request never saved. */
    public Optional<String> requestId() {
        return Optional.ofNullable(opened).map(SavedRequest::id);
    }

    public SessionViewModel session() {
        return session;
    }

    public ComposerViewModel composer() {
        return composer;
    }

    public SpecFieldsModel spec() {
        return spec;
    }

    /** The environments of the request's collection, for the toolbar's environment menu. */
    public ObservableList<Environment> environments() {
        return environments;
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    @Override
    public SessionTimeline timeline() {
        return session.timeline();
    }

    @Override
    public TimelineViewModel timelineModel() {
        return session.timelineModel();
    }

    @Override
    public TrafficMeter traffic() {
        return session.traffic();
    }

    /** Its connection says goodbye and its timeline's spill file goes. */
    @Override
    public void close() {
        session.shutdown();
    }
}
