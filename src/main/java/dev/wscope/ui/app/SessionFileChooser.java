package dev.wscope.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The desktop's file dialogs for session files: NDJSON, one event a line (`.ndjson`). */
final class SessionFileChooser implements SessionFilePicker {
    @Override
    public Optional<Path> toSave(Window owner, String title) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName("session.ndjson");
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> toOpen(Window owner) {
        File file = chooser("Open a saved session").showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Sessions (*.ndjson, *.jsonl)", "*.ndjson",
                "*.jsonl"), new FileChooser.ExtensionFilter("Every file", "*"));
        return chooser;
    }
}
