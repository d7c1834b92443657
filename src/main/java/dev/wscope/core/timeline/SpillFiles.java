package dev.wscope.core.timeline;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a timeline's spill file is made when its payloads pass the budget (see Spiller): the store's
 * implementation makes it in the data folder's sessions/. Called on the spill thread, once per timeline at most.
 */
public interface SpillFiles {
    /** The folder the files are made in, named when one cannot be. */
    Path folder();

    /** A new, empty spill file, deleted when closed. */
    PayloadFile create() throws IOException;
}
