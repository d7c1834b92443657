package dev.wscope.ui.workspace;

import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.workspace.OpenTab;
import dev.wscope.ui.session.Drained;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open requests, one tab each, and which one is on show. There is always at least one. Each tab has its
 * own connection, so closing a tab closes its connection. FX thread only.
 */
public final class OpenRequests {
    private final ObservableList<RequestTab> tabs = FXCollections.observableArrayList();
    private final ObjectProperty<RequestTab> selected = new SimpleObjectProperty<>();
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

    /** Adds a tab made elsewhere (one showing a saved session) and shows it, or leaves the tab on show as it is. */
    public void add(RequestTab tab, boolean show) {
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
        for (RequestTab tab : tabs) {
            if (tab.requestId().filter(request.id()::equals).isPresent()) {
                selected.set(tab);
                return tab;
            }
        }
        RequestTab target = selected.get() != null && selected.get().isPristine() ? selected.get() : add();
        target.open(request, environments);
        selected.set(target);
        return target;
    }

    /** Puts back the tabs of the last run in place of the first, fresh one; none saved leaves it as it is. */
    public void restore(List<OpenTab> saved, int selectedIndex) {
        if (saved.isEmpty()) {
            return;
        }
        List<RequestTab> restored = saved.stream().map(tab -> {
            RequestTab requestTab = newTab.get();
            requestTab.restore(tab);
            return requestTab;
        }).toList();
        tabs.setAll(restored);
        selected.set(restored.get(Math.max(0, Math.min(selectedIndex, restored.size() - 1))));
    }

    /** The tabs as they stand, for the next run; tabs of saved sessions are not among them (see savedSessions). */
    public List<OpenTab> snapshot() {
        return remembered().map(RequestTab::snapshot).toList();
    }

    /** Where the tab on show is among the remembered ones (0 when it is a saved session's). */
    public int rememberedSelection() {
        return Math.max(0, remembered().toList().indexOf(selected.get()));
    }

    /**
     * The files of the saved sessions on show, in tab order, then those still being reopened (a big file is
     * indexed for a while, and the workspace is saved meanwhile): opened again at the next run.
     */
    public List<String> savedSessions() {
        return java.util.stream.Stream.concat(tabs.stream().flatMap(tab -> tab.session().savedSession().stream())
                .map(file -> file.toAbsolutePath().toString()), reopening.stream()).toList();
    }

    /** Saved sessions of the last run about to be opened again, in order (see SessionCommands.reopen). */
    void reopening(List<String> files) {
        reopening.addAll(files);
    }

    /** One of them is in its tab now, or could not be opened. */
    void reopened(String file) {
        reopening.remove(file);
    }

    private java.util.stream.Stream<RequestTab> remembered() {
        return tabs.stream().filter(tab -> tab.session().savedSession().isEmpty());
    }

    /** Closes the tab and its connection; the neighbour is shown, and a last tab closed gives way to a new one. */
    public void close(RequestTab tab) {
        int index = tabs.indexOf(tab);
        if (index < 0) {
            return;
        }
        tab.session().shutdown();
        tabs.remove(index);
        if (tabs.isEmpty()) {
            add();
        } else if (selected.get() == tab) {
            selected.set(tabs.get(Math.min(index, tabs.size() - 1)));
        }
    }

    /** Takes in every tab's new events (a hidden tab keeps recording); returns what they took in, together. */
    public Drained drain() {
        Drained taken = Drained.NONE;
        for (RequestTab tab : tabs) {
            taken = taken.plus(tab.session().drain());
        }
        return taken;
    }

    /** Events recorded in every tab that no batch has taken in yet. */
    public int waiting() {
        int waiting = 0;
        for (RequestTab tab : tabs) {
            waiting += tab.session().waiting();
        }
        return waiting;
    }

    /** The window is closing: every connection says goodbye. */
    public void shutdown() {
        tabs.forEach(tab -> tab.session().shutdown());
    }

    public ObservableList<RequestTab> tabs() {
        return tabs;
    }

    public ObjectProperty<RequestTab> selectedProperty() {
        return selected;
    }

    public RequestTab selected() {
        return selected.get();
    }
}
