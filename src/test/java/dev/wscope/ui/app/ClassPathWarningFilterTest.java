package dev.wscope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ClassPathWarningFilterTest {
    private static final String CLASS_PATH_WARNING =
            "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'";
    private final ClassPathWarningFilter filter = new ClassPathWarningFilter();

    @Test
    void dropsTheWarningThatJavaFxIsOnTheClassPath() {
        assertFalse(filter.isLoggable(new LogRecord(Level.WARNING, CLASS_PATH_WARNING)));
    }

    @Test
    void letsEveryOtherJavaFxMessageThrough() {
        assertTrue(filter.isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'module wscope'")));
        assertTrue(filter.isLoggable(new LogRecord(Level.WARNING, "Loading FXML document with JavaFX API of version 23")));
        assertTrue(filter.isLoggable(new LogRecord(Level.SEVERE, null)));
    }

    /** JavaFX logs through System.Logger "javafx", which java.util.logging backs with its logger of that name. */
    @Test
    void installed_onTheLoggerJavaFxWritesTo() {
        List<String> published = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                published.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("javafx").addHandler(handler);
        try {
            ClassPathWarningFilter.install();
            System.Logger javafx = System.getLogger("javafx");
            javafx.log(System.Logger.Level.WARNING, CLASS_PATH_WARNING);
            javafx.log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration: something else");
            assertEquals(List.of("Unsupported JavaFX configuration: something else"), published);
        } finally {
            Logger.getLogger("javafx").removeHandler(handler);
        }
    }
}
