package dev.wscope.ui.composer;

import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.payload.PingPayload;
import dev.wscope.session.ConnectionState;
import dev.wscope.ui.session.SessionViewModel;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A ping the user sends: its payload as text or hex, checked as it is typed (125 bytes at most). FX thread only. */
public final class PingModel {
    private final SessionViewModel session;
    private final Executor ui;
    private final StringProperty payload = new SimpleStringProperty("");
    private final BooleanProperty hex = new SimpleBooleanProperty(false);
    /** What is wrong with the payload: it keeps the ping back. */
    private final StringProperty problem = new SimpleStringProperty("");
    /** Why the last ping did not go out: said, but no reason to keep the next one back. */
    private final StringProperty failure = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canPing;

    PingModel(SessionViewModel session, Executor ui) {
        this.session = session;
        this.ui = ui;
        payload.addListener((o, old, now) -> validate());
        hex.addListener((o, old, now) -> validate());
        error.bind(Bindings.createStringBinding(() -> problem.get().isEmpty() ? failure.get() : problem.get(),
                problem, failure));
        canPing = Bindings.createBooleanBinding(
                () -> problem.get().isEmpty() && session.stateProperty().get() == ConnectionState.CONNECTED,
                problem, session.stateProperty());
        session.stateProperty().addListener((o, old, now) -> {
            if (now == ConnectionState.CONNECTED) {
                failure.set(""); // "not connected" or a failed write no longer holds
            }
        });
    }

    public void ping() {
        byte[] bytes;
        try {
            bytes = PingPayload.parse(payload.get(), hex.get());
        } catch (PayloadException e) {
            problem.set(e.getMessage());
            return;
        }
        failure.set("");
        session.ping(bytes).exceptionallyAsync(failed -> {
            failure.set((failed.getCause() == null ? failed : failed.getCause()).getMessage());
            return null;
        }, ui);
    }

    private void validate() {
        try {
            PingPayload.parse(payload.get(), hex.get());
            problem.set("");
        } catch (PayloadException e) {
            problem.set(e.getMessage());
        }
    }

    public StringProperty payloadProperty() {
        return payload;
    }

    /** The payload is hex ("00ff10", "00 FF 10") rather than text. */
    public BooleanProperty hexProperty() {
        return hex;
    }

    /** Empty when the payload can go out; what is wrong with it (or with the last ping) otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canPingProperty() {
        return canPing;
    }
}
