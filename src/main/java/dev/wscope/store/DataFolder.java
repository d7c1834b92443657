package dev.wscope.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where Wscope keeps its files: $WSCOPE_HOME, else the system property wscope.home, else
 * $XDG_DATA_HOME/wscope, else ~/.local/share/wscope (CONTRACT.md). Tests point it at a temporary folder.
 */
public record DataFolder(Path path) {
    public static DataFolder current() {
        return from(System.getenv(), System.getProperties(), System.getProperty("user.home"));
    }

    static DataFolder from(Map<String, String> environment, Properties properties, String userHome) {
        String home = environment.get("WSCOPE_HOME");
        if (isSet(home)) {
            return new DataFolder(Path.of(home));
        }
        String property = properties.getProperty("wscope.home");
        if (isSet(property)) {
            return new DataFolder(Path.of(property));
        }
        String xdg = environment.get("XDG_DATA_HOME");
        if (isSet(xdg)) {
            return new DataFolder(Path.of(xdg, "wscope"));
        }
        return new DataFolder(Path.of(userHome, ".local", "share", "wscope"));
    }

    public Path collections() {
        return path.resolve("collections");
    }

    /** Spill files of the sessions open in the window (deleted when a session is discarded). */
    public Path sessions() {
        return path.resolve("sessions");
    }

    /** The owner-only file of secret values (environment secrets, proxy and certificate passwords). */
    public Path secrets() {
        return path.resolve("secrets.json");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
