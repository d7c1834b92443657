package dev.wscope.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.testing.FakeConnector;
import dev.wscope.testing.FakeDoctor;
import dev.wscope.ui.session.SessionViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composer under a protocol: its verbs, an example to start from, the frame shown, a saved message's verb. */
class ProtocolComposingTest {
    private final SessionViewModel session =
            new SessionViewModel(new FakeConnector(), new FakeDoctor(), Runnable::run, Runnable::run, uri -> { });
    private final ComposerViewModel composer = new ComposerViewModel(session, Runnable::run);

    private void speak(ProtocolKind kind) {
        session.form().settings().protocol().kindProperty().set(kind);
    }

    @Test
    void rawOffersOnlyARawFrame_aProtocolItsVerbsFirst() {
        assertEquals(List.of(""), composer.protocol().verbs());

        speak(ProtocolKind.ACTION_CABLE);

        assertEquals(List.of("subscribe", "perform", "unsubscribe", ""), composer.protocol().verbs());
        assertEquals("subscribe", composer.protocol().verbProperty().get());
    }

    @Test
    void theComposersOwnFirstText_givesWayToTheVerbsExample_butTheUsersTextStays() {
        speak(ProtocolKind.SOCKET_IO);
        assertEquals("[\"chat message\", \"hello\"]", composer.textProperty().get());

        composer.textProperty().set("[\"typed\", 1]");
        composer.protocol().verbProperty().set("ack");

        assertEquals("[\"typed\", 1]", composer.textProperty().get());
    }

    @Test
    void theFrameShownBeneath_isTheOneTheAddressesNamespaceMakes() {
        session.form().urlProperty().set("http://127.0.0.1:3000/admin");
        speak(ProtocolKind.SOCKET_IO);

        assertEquals("42/admin,[\"chat message\",\"hello\"]", composer.protocol().frameProperty().get());
        assertEquals("", composer.errorProperty().get());
    }

    @Test
    void anArgumentTheProtocolCannotFrame_saysWhy_andShowsNoFrame() {
        speak(ProtocolKind.SOCKET_IO);
        composer.textProperty().set("{\"not\": \"an array\"}");

        assertTrue(!composer.errorProperty().get().isEmpty());
        assertEquals("", composer.protocol().frameProperty().get());
    }

    @Test
    void aSavedMessageComesBackWithItsVerb_andIsComposedSo() {
        speak(ProtocolKind.ACTION_CABLE);
        composer.load(new SavedMessage("Speak", MessageFormat.JSON, "{\"action\": \"speak\"}", false, "perform"));

        assertEquals("perform", composer.protocol().verbProperty().get());
        assertEquals(new SavedMessage("", MessageFormat.JSON, "{\"action\": \"speak\"}", false, "perform"),
                composer.composed());
    }
}
