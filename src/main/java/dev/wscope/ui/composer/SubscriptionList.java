package dev.wscope.ui.composer;

import dev.wscope.core.protocol.Subscription;
import dev.wscope.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * `subscriptions`: what the protocol session is subscribed to (STOMP destinations, GraphQL operations, Action Cable
 * channels), one line each with its `unsubscribe-N` button; laid out only when there is one.
 */
final class SubscriptionList extends VBox {
    SubscriptionList(ObservableList<Subscription> subscriptions, ComposerViewModel composer) {
        setId("subscriptions");
        setSpacing(4);
        Label title = new Label("Subscribed");
        title.getStyleClass().add("hint");
        subscriptions.addListener((ListChangeListener<Subscription>) change -> show(title, subscriptions, composer));
        show(title, subscriptions, composer);
        managedProperty().bind(Bindings.isNotEmpty(subscriptions));
        visibleProperty().bind(managedProperty());
    }

    private void show(Label title, ObservableList<Subscription> subscriptions, ComposerViewModel composer) {
        getChildren().setAll(title);
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription subscription = subscriptions.get(i);
            Label label = new Label(subscription.label());
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMinWidth(0);
            HBox.setHgrow(label, Priority.ALWAYS);
            Button unsubscribe = Icons.on(new Button("Unsubscribe"), Feather.X);
            unsubscribe.setId("unsubscribe-" + i);
            unsubscribe.setMinWidth(Region.USE_PREF_SIZE);
            unsubscribe.setAccessibleText("unsubscribe from " + subscription.label());
            unsubscribe.setOnAction(e -> composer.unsubscribe(subscription));
            HBox line = new HBox(8, label, unsubscribe);
            line.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(line);
        }
    }
}
