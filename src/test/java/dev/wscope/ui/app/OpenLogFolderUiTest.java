package dev.wscope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.workspace.Theme;
import dev.wscope.log.LogFiles;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help > Open log folder, on the menu bar alone: the desktop is asked to show the folder of wscope.log. */
@ExtendWith(ApplicationExtension.class)
class OpenLogFolderUiTest {
    private final List<String> shown = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        FreshDataFolder.use();
        BorderPane shell = new BorderPane();
        shell.setTop(new MainMenu(() -> null, new SimpleObjectProperty<>(Theme.LIGHT), shown::add).bar());
        stage.setScene(new Scene(shell, 1280, 800));
        stage.show();
    }

    @Test
    void helpOpenLogFolder_showsTheLogFolder_madeIfNeeded(FxRobot robot) {
        robot.clickOn("Help").clickOn("Open log folder");

        assertEquals(List.of(LogFiles.folder().toUri().toString()), shown);
        assertTrue(Files.isDirectory(LogFiles.folder()));
    }
}
