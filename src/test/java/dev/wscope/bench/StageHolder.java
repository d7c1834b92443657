package dev.wscope.bench;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Stages must be made on the FX thread; this one is, lazily, when first touched there. */
final class StageHolder {
    final Stage stage;

    StageHolder() {
        Stage[] made = new Stage[1];
        if (Platform.isFxApplicationThread()) {
            made[0] = new Stage();
        } else {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                made[0] = new Stage();
                done.complete(null);
            });
            done.join();
        }
        stage = made[0];
    }
}
