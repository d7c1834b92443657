package dev.wscope.ui.composer;

import dev.wscope.core.collection.SavedMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.FakeConnector;
import dev.wscope.testing.FakeDoctor;
import dev.wscope.ui.session.SessionViewModel;
import org.junit.jupiter.api.Test;

class ComposerViewModelTest {
    private final SessionViewModel session =
            new SessionViewModel(new FakeConnector(), new FakeDoctor(), Runnable::run, Runnable::run, uri -> { });
    private final ComposerViewModel composer = new ComposerViewModel(session, Runnable::run);

    @Test
    void startsWithAValidJsonMessage_butCannotSendBeforeConnecting() {
        assertEquals(MessageFormat.JSON, composer.formatProperty().get());
        assertEquals("", composer.errorProperty().get());
        assertFalse(composer.canSendProperty().get());
    }

    @Test
    void aSavedMessageSentWhileDisconnected_waitsInTheComposer_andSaysHowToSendIt() {
        composer.load(SavedMessage.of("", MessageFormat.TEXT, "hello"));
        composer.sendLoaded("Hello");
        assertEquals("hello", composer.textProperty().get());
        assertEquals("'Hello' is in the composer: connect (Ctrl+Shift+K), then send it (Ctrl+Enter)",
                composer.sendErrorProperty().get());
    }

    @Test
    void invalidJson_namesLineAndColumn_asYouType() {
        composer.textProperty().set("{\n  \"a\": 1,\n}");
        assertTrue(composer.errorProperty().get().startsWith("JSON: line 3"), composer.errorProperty().get());
        composer.formatProperty().set(MessageFormat.TEXT);
        assertEquals("", composer.errorProperty().get(), "as Text it may be sent as is");
    }

    @Test
    void invalidHex_isReported() {
        composer.formatProperty().set(MessageFormat.HEX);
        composer.textProperty().set("00 ff 1");
        assertTrue(composer.errorProperty().get().startsWith("Hex:"), composer.errorProperty().get());
    }

    @Test
    void formatAndMinify_rewriteJsonInPlace() {
        composer.textProperty().set("{\"a\":[1,2],\"b\":{\"c\":null}}");
        composer.prettyPrint();
        assertEquals("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {\n    \"c\": null\n  }\n}", composer.textProperty().get());
        composer.minify();
        assertEquals("{\"a\":[1,2],\"b\":{\"c\":null}}", composer.textProperty().get());
    }

    @Test
    void recall_putsAMessageBackInTheFormatItFits() {
        composer.recall(new TimelineEntry(1, 0, TimelineEvent.Message.binary(Direction.IN, new byte[] {0, (byte) 0xff, 16})));
        assertEquals(MessageFormat.BASE64, composer.formatProperty().get());
        assertEquals("AP8Q", composer.textProperty().get());
        composer.recall(new TimelineEntry(2, 0, TimelineEvent.Message.text(Direction.OUT, "[1,2]")));
        assertEquals(MessageFormat.JSON, composer.formatProperty().get());
        composer.recall(new TimelineEntry(3, 0, TimelineEvent.Message.text(Direction.OUT, "plain words")));
        assertEquals(MessageFormat.TEXT, composer.formatProperty().get());
        assertEquals("plain words", composer.textProperty().get());
    }
}
