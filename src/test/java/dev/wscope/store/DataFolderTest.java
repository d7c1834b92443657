package dev.wscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static Properties property(String value) {
        Properties properties = new Properties();
        properties.setProperty("wscope.home", value);
        return properties;
    }

    @Test
    void wscopeHomeInTheEnvironmentComesFirst() {
        DataFolder folder = DataFolder.from(Map.of("WSCOPE_HOME", "/env", "XDG_DATA_HOME", "/xdg"), property("/prop"), "/home/u");
        assertEquals(Path.of("/env"), folder.path());
    }

    @Test
    void thenTheSystemProperty() {
        assertEquals(Path.of("/prop"), DataFolder.from(Map.of("XDG_DATA_HOME", "/xdg"), property("/prop"), "/home/u").path());
    }

    @Test
    void thenXdgDataHome() {
        assertEquals(Path.of("/xdg/wscope"), DataFolder.from(Map.of("XDG_DATA_HOME", "/xdg"), new Properties(), "/home/u")
                .path());
    }

    @Test
    void elseTheHomeFolder() {
        assertEquals(Path.of("/home/u/.local/share/wscope"), DataFolder.from(Map.of("WSCOPE_HOME", " "), new Properties(),
                "/home/u").path());
    }

    @Test
    void collectionsAndSecretsLiveInside() {
        DataFolder folder = new DataFolder(Path.of("/d"));
        assertEquals(Path.of("/d/collections"), folder.collections());
        assertEquals(Path.of("/d/secrets.json"), folder.secrets());
    }
}
