package dev.wscope.ui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points the data folder at a new, empty folder, so each window test starts as a first run: no workspace or
 * collections left by another test (the window remembers its tabs and state between runs).
 */
final class FreshDataFolder {
    private FreshDataFolder() {
    }

    static Path use() {
        try {
            Path base = Path.of(System.getProperty("wscope.home", "target/test-home")).toAbsolutePath().getParent();
            Path folder = Files.createTempDirectory(Files.createDirectories(base), "ui-home-");
            System.setProperty("wscope.home", folder.toString());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
