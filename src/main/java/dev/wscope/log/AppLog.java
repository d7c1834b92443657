package dev.wscope.log;

import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts the log for a run of the window or of a command: the libraries' java.util.logging lines (Tyrus,
 * Grizzly, JavaFX) join Wscope's own in the file instead of reaching the console, and an exception no code
 * caught leaves its stack trace there before the thread dies.
 */
public final class AppLog {
    private static final Logger LOG = LoggerFactory.getLogger(AppLog.class);

    private AppLog() {
    }

    public static void start(String what) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(Level.INFO);
        Thread.setDefaultUncaughtExceptionHandler(AppLog::uncaught);
        String version = AppLog.class.getPackage().getImplementationVersion();
        LOG.info("{} started: Wscope {}, Java {} on {} {}", what, version == null ? "(built from source)" : version,
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** The default handler of uncaught exceptions, the FX thread's included. */
    static void uncaught(Thread thread, Throwable error) {
        LOG.error("uncaught in thread {}", thread.getName(), error);
    }
}
