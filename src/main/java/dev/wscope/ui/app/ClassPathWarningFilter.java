package dev.wscope.ui.app;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Drops the one warning JavaFX logs at every start when its classes come from the class path, as they do
 * from Wscope's single jar: "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @…'".
 * That is how Wscope is built, tested and shipped, so the line only alarms; every other JavaFX message passes.
 */
final class ClassPathWarningFilter implements Filter {
    private static final String CLASS_PATH_WARNING =
            "Unsupported JavaFX configuration: classes were loaded from 'unnamed module";
    /**
     * JavaFX logs through System.Logger "javafx", which java.util.logging backs with its logger of that name.
     * The log manager holds loggers weakly: held here, the logger and its filter outlive a garbage collection
     * before the toolkit starts.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    /** Call before the toolkit starts. */
    static void install() {
        JAVAFX.setFilter(new ClassPathWarningFilter());
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        return record.getMessage() == null || !record.getMessage().startsWith(CLASS_PATH_WARNING);
    }
}
