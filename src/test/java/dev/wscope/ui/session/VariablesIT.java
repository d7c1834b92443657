package dev.wscope.ui.session;

import dev.wscope.core.collection.SavedMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Variable;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.engine.doctor.Doctor;
import dev.wscope.server.TestServer;
import dev.wscope.session.ConnectionState;
import dev.wscope.testing.Waits;
import dev.wscope.ui.composer.ComposerViewModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** {{variables}} resolve at connect and again at every send, with the environment selected at that moment. */
class VariablesIT {
    @Test
    void eachSend_takesTheEnvironmentSelectedAtThatMoment() throws Exception {
        ExecutorService executor = Executors.newCachedThreadPool();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            SessionViewModel session = new SessionViewModel(new WebSocketConnector(executor), new Doctor(Audience.WINDOW), executor, ui::execute, uri -> { });
            ComposerViewModel composer = new ComposerViewModel(session, ui::execute);
            Environment alice = new Environment("alice", List.of(Variable.plain("host", "127.0.0.1:" + server.port()),
                    Variable.plain("who", "alice")));
            Environment bob = new Environment("bob", List.of(Variable.plain("host", "127.0.0.1:" + server.port()),
                    Variable.plain("who", "bob")));
            run(ui, () -> {
                session.form().urlProperty().set("ws://{{host}}/echo");
                session.connect();
            });
            assertTrue(session.form().urlErrorProperty().get().contains("{{host}}"), session.form().urlErrorProperty().get());
            assertEquals(0, session.timeline().size(), "nothing is sent with an unresolved variable");

            run(ui, () -> {
                session.variables().environmentProperty().set(alice);
                session.connect();
            });
            waitUntil(() -> session.stateProperty().get() == ConnectionState.CONNECTED);
            run(ui, () -> {
                composer.load(SavedMessage.of("", MessageFormat.TEXT, "hello {{who}}"));
                composer.send();
            });
            waitUntil(() -> sent(session).size() == 1);
            run(ui, () -> {
                session.variables().environmentProperty().set(bob);
                composer.send();
            });
            waitUntil(() -> sent(session).size() == 2);
            assertEquals(List.of("hello alice", "hello bob"), sent(session));
        } finally {
            executor.shutdownNow();
            ui.shutdownNow();
        }
    }

    @Test
    void aSecretGoesOutInTheHandshake_butTheTimelineShowsItMasked() throws Exception {
        ExecutorService executor = Executors.newCachedThreadPool();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        String token = "tok-9f8e7d6c5b";
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            SessionViewModel session = new SessionViewModel(new WebSocketConnector(executor), new Doctor(Audience.WINDOW), executor, ui::execute, uri -> { });
            Environment staging = new Environment("staging", List.of(Variable.secret("token", token)));
            run(ui, () -> {
                session.form().urlProperty().set(server.url("/mirror"));
                session.form().headers().setValues(List.of(dev.wscope.core.request.KeyValue.of("Authorization", "Bearer {{token}}")));
                session.variables().environmentProperty().set(staging);
                session.connect();
            });
            waitUntil(() -> session.timeline().all().stream().anyMatch(e -> e.event().kind().equals("received")));
            var events = session.timeline().all().stream().map(e -> e.event()).toList();
            TimelineEvent.HandshakeRequest request = (TimelineEvent.HandshakeRequest) events.stream()
                    .filter(e -> e instanceof TimelineEvent.HandshakeRequest).findFirst().orElseThrow();
            assertTrue(request.headers().contains(new dev.wscope.core.timeline.Header("Authorization", "Bearer ••••••")),
                    request.headers().toString());
            String mirrored = ((TimelineEvent.Message) events.stream().filter(e -> e.kind().equals("received"))
                    .findFirst().orElseThrow()).text();
            assertTrue(mirrored.contains("Bearer " + token), "the server got the real value: " + mirrored);
        } finally {
            executor.shutdownNow();
            ui.shutdownNow();
        }
    }

    private static List<String> sent(SessionViewModel session) {
        return session.timeline().all().stream().map(e -> e.event())
                .filter(e -> e instanceof TimelineEvent.Message m && m.kind().equals("sent"))
                .map(e -> ((TimelineEvent.Message) e).text()).toList();
    }

    private static void run(ExecutorService ui, Runnable action) throws Exception {
        ui.submit(action).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition) {
        Waits.until(condition, Duration.ofSeconds(10));
    }
}
