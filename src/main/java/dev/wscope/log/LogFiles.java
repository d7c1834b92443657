package dev.wscope.log;

import dev.wscope.store.DataFolder;
import java.nio.file.Path;

/**
 * Which file the log goes to: the window writes logs/wscope.log, the commands logs/cli.log, so a command run
 * beside the open window never rolls the window's file over under it.
 */
public final class LogFiles {
    /** Set before the first log line; read once, when Logback configures itself. */
    static final String NAME_PROPERTY = "wscope.log.name";

    private LogFiles() {
    }

    public static Path folder() {
        return DataFolder.current().path().resolve("logs");
    }

    /** Call first thing in a command's main: its lines then go to logs/cli.log. */
    public static void forCommands() {
        System.setProperty(NAME_PROPERTY, "cli");
    }

    static Path current() {
        return folder().resolve(System.getProperty(NAME_PROPERTY, "wscope") + ".log");
    }
}
