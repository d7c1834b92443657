package dev.wscope.core.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.request.ConnectOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestDraftTest {
    private static final SavedMessage HELLO = SavedMessage.of("Hello", MessageFormat.TEXT, "hello");
    private static final SavedMessage TICK = new SavedMessage("Tick", MessageFormat.JSON, "{}", true);

    private static RequestDraft draft(SavedMessage composed, SavedMessage loaded) {
        return new RequestDraft("r1", "draft name", "ws://h/x", List.of(), List.of(), List.of(), List.of(),
                ConnectOptions.defaults(), SpecFields.empty(), composed, loaded, List.of(HELLO));
    }

    @Test
    void mergeKeepsTheStoredNameAndMessageOrder_andReplacesTheLoadedMessage() {
        SavedMessage bye = SavedMessage.of("Bye", MessageFormat.TEXT, "bye");
        SavedRequest stored = SavedRequest.of("Renamed in tree", "ws://h/old").withId("r1").withMessages(List.of(bye, HELLO));

        SavedRequest merged = draft(SavedMessage.of("", MessageFormat.JSON, "{\"x\":1}"), HELLO).mergeInto(stored);

        assertEquals("Renamed in tree", merged.name());
        assertEquals("ws://h/x", merged.url());
        assertEquals(List.of(bye, SavedMessage.of("Hello", MessageFormat.JSON, "{\"x\":1}")), merged.messages());
    }

    @Test
    void aComposedMessageFromAServerExample_isAddedAsANewOne() {
        SavedRequest stored = SavedRequest.of("r", "ws://h/x").withId("r1").withMessages(List.of(TICK));

        SavedRequest merged = draft(SavedMessage.of("", MessageFormat.JSON, "{\"a\":2}"), TICK).mergeInto(stored);

        assertEquals(List.of(TICK, SavedMessage.of("Message 2", MessageFormat.JSON, "{\"a\":2}")), merged.messages());
    }

    @Test
    void aNewRequestTakesTheDraftsIdAndName_andABlankComposerAddsNothing() {
        SavedRequest merged = draft(SavedMessage.of("", MessageFormat.TEXT, "  "), null).mergeInto(null);

        assertEquals("r1", merged.id());
        assertEquals("draft name", merged.name());
        assertEquals(List.of(HELLO), merged.messages());
    }

    @Test
    void differsFrom_seesTheComposer_butNotWhichMessageWasLoaded() {
        RequestDraft base = draft(SavedMessage.of("", MessageFormat.TEXT, "hello"), HELLO);
        assertFalse(base.differsFrom(draft(SavedMessage.of("", MessageFormat.TEXT, "hello"), null)));
        assertTrue(draft(SavedMessage.of("", MessageFormat.JSON, "hello"), HELLO).differsFrom(base), "its format changed");
        assertTrue(base.differsFrom(null));
    }

    @Test
    void aSavedMessageLoadedAsItIs_isNoUnsavedChange_butEditingIt_orRecallingTheServersIs() {
        RequestDraft opened = draft(SavedMessage.of("", MessageFormat.JSON, "{\"first\":1}"), null);
        assertFalse(draft(SavedMessage.of("", MessageFormat.TEXT, "hello"), HELLO).differsFrom(opened),
                "Hello, loaded from the request's own messages, is saved already");
        assertTrue(draft(SavedMessage.of("", MessageFormat.TEXT, "hello!"), HELLO).differsFrom(opened), "edited");
        assertTrue(draft(SavedMessage.of("", MessageFormat.JSON, "{}"), TICK).differsFrom(opened),
                "a server's message would be saved as a new one");
    }
}
