package dev.wscope.ui.workspace;

import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.workspace.OpenTab;
import dev.wscope.ui.session.Drained;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open tabs and which one is on show: requests, one tab each with its own connection (closing the tab
 * closes it), and saved sessions read from their files. There is always at least one. FX thread only.
 */
public final class OpenRequests {
    private final ObservableList<WorkspaceTab> tabs = FXCollections.observableArrayList();
    private final ObjectProperty<WorkspaceTab> selected = new SimpleObjectProperty<>();
    private final Supplier<RequestTab> newTab;
    private final List<String> reopening = new java.util.ArrayList<>();

    /** newTab makes a tab with its own connection, set to the default request. */
    public OpenRequests(Supplier<RequestTab> newTab) {
        this.newTab = newTab;
        add();
    }

    /** A new tab with the default request, selected. */
    public RequestTab add() {
        RequestTab tab = newTab.get();
        tabs.add(tab);
        selected.set(tab);
        return tab;
    }

    /** Adds a saved session's tab and shows it, or leaves the tab on show as it is. */
    public void add(SavedSessionTab tab, boolean show) {
        tabs.add(tab);
        if (show) {
            selected.set(tab);
        }
    }

    /**
     * Shows a saved request: the tab that already has it, else the tab on show when nothing was done in it
     * yet, else a new tab.
     */
    public RequestTab open(SavedRequest request, List<Environment> environments) {
        Optional<RequestTab> already = requestTabs().filter(tab -> tab.requestId().filter(request.id()::equals).isPresent())
                .findFirst();
        if (already.isPresent()) {
            selected.set(already.get());
            return already.get();
        }
        RequestTab target = selectedRequest().filter(RequestTab::isPristine).orElseGet(this::add);
        target.open(request, environments);
        selected.set(target);
        return target;
    }

    /** Puts back the tabs of the last run in place of the first, fresh one; none saved leaves it as it is. */
    public void restore(List<OpenTab> saved, int selectedIndex) {
        if (saved.isEmpty()) {
            return;
        }
        List<WorkspaceTab> restored = saved.stream().<WorkspaceTab>map(tab -> {
            RequestTab requestTab = newTab.get();
            requestTab.restore(tab);
            return requestTab;
        }).toList();
        tabs.setAll(restored);
        selected.set(restored.get(Math.max(0, Math.min(selectedIndex, restored.size() - 1))));
    }

    /** The tabs as they stand, for the next run; tabs of saved sessions are not among them (see savedSessions). */
    public List<OpenTab> snapshot() {
        return requestTabs().map(RequestTab::snapshot).toList();
    }

    /** Where the tab on show is among the remembered ones (0 when it is a saved session's). */
    public int rememberedSelection() {
        return Math.max(0, requestTabs().toList().indexOf(selected.get()));
    }

    /**
     * The files of the saved sessions on show, in tab order, then those still being reopened (a big file is
     * indexed for a while, and the workspace is saved meanwhile): opened again at the next run.
     */
    public List<String> savedSessions() {
        return Stream.concat(tabs.stream().filter(SavedSessionTab.class::isInstance).map(SavedSessionTab.class::cast)
                .map(tab -> tab.file().toAbsolutePath().toString()), reopening.stream()).toList();
    }

    /** Saved sessions of the last run about to be opened again, in order (see SessionCommands.reopen). */
    void reopening(List<String> files) {
        reopening.addAll(files);
    }

    /** One of them is in its tab now, or could not be opened. */
    void reopened(String file) {
        reopening.remove(file);
    }

    /** The requests among the tabs, in tab order: the tabs that connect, are remembered and can be saved. */
    public Stream<RequestTab> requestTabs() {
        return tabs.stream().filter(RequestTab.class::isInstance).map(RequestTab.class::cast);
    }

    /** The tab on show when it is a request; empty while a saved session is on show. */
    public Optional<RequestTab> selectedRequest() {
        return selected.get() instanceof RequestTab request ? Optional.of(request) : Optional.empty();
    }

    /** Closes the tab (and its connection); the neighbour is shown, and a last tab closed gives way to a new one. */
    public void close(WorkspaceTab tab) {
        int index = tabs.indexOf(tab);
        if (index < 0) {
            return;
        }
        tab.close();
        tabs.remove(index);
        if (tabs.isEmpty()) {
            add();
        } else if (selected.get() == tab) {
            selected.set(tabs.get(Math.min(index, tabs.size() - 1)));
        }
    }

    /**
     * Takes in every connection's new events (a hidden tab keeps recording); returns what they took in,
     * together. A saved session's events were all there when it opened.
     */
    public Drained drain() {
        return requestTabs().map(tab -> tab.session().drain()).reduce(Drained.NONE, Drained::plus);
    }

    /** Events recorded in every tab that no batch has taken in yet. */
    public int waiting() {
        return requestTabs().mapToInt(tab -> tab.session().waiting()).sum();
    }

    /** The window is closing: every connection says goodbye, every timeline is discarded. */
    public void shutdown() {
        tabs.forEach(WorkspaceTab::close);
    }

    public ObservableList<WorkspaceTab> tabs() {
        return tabs;
    }

    public ObjectProperty<WorkspaceTab> selectedProperty() {
        return selected;
    }

    public WorkspaceTab selected() {
        return selected.get();
    }
}
