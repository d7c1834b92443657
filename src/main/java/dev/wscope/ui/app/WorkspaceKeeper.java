package dev.wscope.ui.app;

import dev.wscope.core.workspace.WindowBounds;
import dev.wscope.core.workspace.Workspace;
import dev.wscope.store.StoreException;
import dev.wscope.store.WorkspaceFile;
import dev.wscope.ui.workspace.Workbench;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the window between runs: theme, size and place, dividers, recent addresses and the open tabs
 * with everything typed in them. It writes every few seconds when something changed (so a crash loses at
 * most that), and once more when the window closes. FX thread only; files are written on the background
 * executor, one write after another.
 */
final class WorkspaceKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceKeeper.class);
    static final long AUTOSAVE_EVERY_SECONDS = 3;

    private final WorkspaceFile file;
    private final Executor background;
    private final Stage stage;
    private final MainWindow window;
    private final ThemeSetting theme;
    private final Workbench workbench;
    /**
     * A timer thread, not a JavaFX Timeline: a running animation keeps JavaFX pulsing 60 times a second, which
     * would cost an idle window CPU and a flooded one a third of its receiving.
     */
    private final ScheduledExecutorService autosave = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "wscope-autosave");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
    private Workspace written;

    WorkspaceKeeper(WorkspaceFile file, Executor background, Stage stage, MainWindow window, ThemeSetting theme,
                    Workbench workbench) {
        this.file = file;
        this.background = background;
        this.stage = stage;
        this.window = window;
        this.theme = theme;
        this.workbench = workbench;
    }

    /** Puts back what the last run left of the window: recent addresses and dividers (the tabs, the theme and the place are put back before). */
    void apply(Workspace saved) {
        written = saved;
        workbench.recentUrls().setAll(saved.recentUrls());
        List<Double> dividers = saved.dividers();
        if (dividers.size() == 3) {
            window.center().setDividerPositions(dividers.get(0));
            workbench.sidesDivider().set(dividers.get(1));
            workbench.eventsDivider().set(dividers.get(2));
        }
    }

    Workspace capture() {
        WindowBounds bounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
        List<Double> dividers = List.of(window.center().getDividerPositions()[0], workbench.sidesDivider().get(),
                workbench.eventsDivider().get());
        var requests = window.requests();
        return new Workspace(theme.themeProperty().get(), bounds, dividers, List.copyOf(workbench.recentUrls().urls()),
                requests.snapshot(), requests.rememberedSelection(), requests.savedSessions());
    }

    void start() {
        autosave.scheduleWithFixedDelay(() -> Platform.runLater(this::saveIfChanged), AUTOSAVE_EVERY_SECONDS,
                AUTOSAVE_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void saveIfChanged() {
        Workspace now = capture();
        if (!now.equals(written)) {
            written = now;
            writing = writing.thenRunAsync(() -> write(now), background);
        }
    }

    /** The window is closing: the last state is written before the program ends. */
    void saveNow() {
        autosave.shutdownNow();
        Workspace now = capture();
        writing.join();
        write(now);
    }

    private void write(Workspace workspace) {
        try {
            file.write(workspace);
        } catch (StoreException e) {
            LOG.warn("the window's state was not saved", e);
        }
    }
}
