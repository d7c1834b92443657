package dev.wscope.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.SpecStatus;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Variable;
import dev.wscope.testing.FakeConnector;
import dev.wscope.testing.FakeDoctor;
import dev.wscope.ui.composer.ComposerViewModel;
import dev.wscope.ui.session.SessionViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tabs of open requests: unsaved-changes marker, one tab a request, closing. No toolkit needed. */
class RequestTabsTest {
    private static final SavedMessage HELLO = SavedMessage.of("Hello", MessageFormat.TEXT, "hello");
    private final SavedRequest feed = SavedRequest.of("Feed", "ws://h/feed").withMessages(List.of(HELLO));
    private final OpenRequests open = new OpenRequests(RequestTabsTest::newTab);

    private static RequestTab newTab() {
        SessionViewModel session = new SessionViewModel(new FakeConnector(), new FakeDoctor(), Runnable::run, Runnable::run,
                uri -> { });
        session.form().urlProperty().set("ws://127.0.0.1:8765/echo");
        return new RequestTab(session, new ComposerViewModel(session, Runnable::run));
    }

    @Test
    void aFreshTab_isNotDirty_andIsNamedByItsAddress() {
        RequestTab tab = open.selectedRequest().orElseThrow();
        assertFalse(tab.dirtyProperty().get());
        assertEquals("127.0.0.1:8765/echo", tab.titleProperty().get());
    }

    @Test
    void anyEdit_marksTheTab_andSavingClearsTheMark() {
        RequestTab tab = open.open(feed, List.of());
        assertFalse(tab.dirtyProperty().get(), "just opened");
        assertEquals("Feed", tab.titleProperty().get());

        tab.session().form().headers().setValues(List.of(KeyValue.of("X-A", "1")));
        assertTrue(tab.dirtyProperty().get(), "a header");
        tab.session().form().headers().setValues(List.of());
        assertFalse(tab.dirtyProperty().get(), "back as it was");
        tab.session().form().settings().pingIntervalSecondsProperty().set(30);
        assertTrue(tab.dirtyProperty().get(), "a setting");
        tab.session().form().settings().pingIntervalSecondsProperty().set(0);
        tab.spec().statusProperty().set(SpecStatus.RELEASED);
        assertTrue(tab.dirtyProperty().get(), "a spec field");

        tab.saved(tab.draft().mergeInto(feed));
        assertFalse(tab.dirtyProperty().get());
    }

    @Test
    void editingTheLoadedMessage_savesItInPlace() {
        RequestTab tab = open.open(feed, List.of());
        tab.composer().textProperty().set("hello again");
        assertTrue(tab.dirtyProperty().get());

        SavedRequest saved = tab.draft().mergeInto(feed);

        assertEquals(List.of(new SavedMessage("Hello", MessageFormat.TEXT, "hello again", false)), saved.messages());
    }

    @Test
    void openingTheSameRequestTwice_showsItsTab_andAPristineTabIsUsedFirst() {
        RequestTab first = open.selectedRequest().orElseThrow();
        RequestTab opened = open.open(feed, List.of());
        assertSame(first, opened, "nothing was done in the first tab: it is used");
        RequestTab other = open.open(SavedRequest.of("Chat", "ws://h/chat"), List.of());
        assertNotSame(opened, other);
        assertEquals(2, open.tabs().size());

        assertSame(opened, open.open(feed, List.of()));
        assertSame(opened, open.selected());
        assertEquals(2, open.tabs().size());
    }

    @Test
    void closingTheLastTab_leavesANewOne() {
        RequestTab only = open.selectedRequest().orElseThrow();
        open.close(only);
        assertEquals(1, open.tabs().size());
        assertNotSame(only, open.selected());
    }

    @Test
    void aRenameInTheTree_reachesTheTab_andTheEnvironmentIsKeptByName() {
        Environment local = new Environment("local", List.of(Variable.plain("host", "a")));
        Environment staging = new Environment("staging", List.of(Variable.plain("host", "b")));
        RequestTab tab = open.open(feed, List.of(local, staging));
        tab.session().variables().environmentProperty().set(staging);

        Environment stagingEdited = new Environment("staging", List.of(Variable.plain("host", "c")));
        tab.storedAs(feed.withName("Price feed"), List.of(local, stagingEdited));

        assertEquals("Price feed", tab.titleProperty().get());
        assertEquals(stagingEdited, tab.session().variables().environmentProperty().get());
        assertFalse(tab.dirtyProperty().get(), "a rename is not an unsaved change of the tab");
    }

    @Test
    void aTabSnapshot_isRestoredWithItsUnsavedEdits_andItsEnvironmentOnceTheCollectionsArrive() {
        Environment local = new Environment("local", List.of());
        Environment staging = new Environment("staging", List.of());
        RequestTab tab = open.open(feed, List.of(local, staging));
        tab.session().variables().environmentProperty().set(staging);
        tab.session().form().params().setValues(List.of(KeyValue.of("depth", "5")));
        tab.composer().textProperty().set("hello edited");
        RequestTab fresh = open.add();
        fresh.session().form().urlProperty().set("ws://h/typed-not-saved");

        OpenRequests restarted = new OpenRequests(RequestTabsTest::newTab);
        restarted.restore(open.snapshot(), 1);

        RequestTab back = restarted.requestTabs().toList().get(0);
        assertEquals(2, restarted.tabs().size());
        assertSame(restarted.tabs().get(1), restarted.selected());
        assertEquals("ws://h/feed?depth=5", back.session().form().urlProperty().get());
        assertEquals("hello edited", back.composer().textProperty().get());
        assertTrue(back.dirtyProperty().get(), "still differs from the saved request");
        assertEquals("ws://h/typed-not-saved", restarted.requestTabs().toList().get(1).session().form().urlProperty().get());
        back.storedAs(feed, List.of(local, staging));
        assertEquals(staging, back.session().variables().environmentProperty().get());
        assertEquals(List.of(new SavedMessage("Hello", MessageFormat.TEXT, "hello edited", false)),
                back.draft().mergeInto(feed).messages(), "the composer still edits the message it was loaded from");
    }
}
