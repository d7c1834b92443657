package dev.wscope.store;

import dev.wscope.core.timeline.PayloadFile;
import dev.wscope.core.timeline.SpillFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Spill files made in a folder on disk (made if missing), as the data folder's sessions/ for the window. */
public record SpillFolder(Path folder) implements SpillFiles {
    @Override
    public PayloadFile create() throws IOException {
        return DiskSessionFile.createSpill(folder);
    }
}
