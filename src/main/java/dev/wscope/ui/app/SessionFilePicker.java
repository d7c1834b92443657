package dev.wscope.ui.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Picks the session file to open or to write: the desktop's file dialog ({@link SessionFileChooser}). */
interface SessionFilePicker {
    Optional<Path> toOpen(Window owner);

    Optional<Path> toSave(Window owner, String title);
}
