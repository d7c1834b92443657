package dev.wscope.core.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wscope.core.payload.MessageFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionEditsTest {
    private static final SavedMessage HELLO = SavedMessage.of("Hello", MessageFormat.TEXT, "hello");
    private static final SavedMessage BYE = SavedMessage.of("Bye", MessageFormat.TEXT, "bye");
    private static final SavedMessage PING = SavedMessage.of("Ping", MessageFormat.JSON, "{}");

    /** a, folder f [ b (Hello, Bye, Ping), folder g [ c ] ], d */
    private final Collection collection = Collection.named("x").withItems(List.of(
            SavedRequest.of("a", "ws://h/a"),
            new Folder("f", List.of(SavedRequest.of("b", "ws://h/b").withMessages(List.of(HELLO, BYE, PING)),
                    new Folder("g", List.of(SavedRequest.of("c", "ws://h/c"))))),
            SavedRequest.of("d", "ws://h/d")));

    private static List<String> names(List<? extends CollectionItem> items) {
        return items.stream().map(CollectionItem::name).toList();
    }

    private Folder folderF(Collection c) {
        return (Folder) c.items().get(1);
    }

    @Test
    void nodeFindsFoldersRequestsAndMessagesByPath() {
        assertEquals("c", CollectionEdits.node(collection, TreePath.of(1, 1, 0)).name());
        assertEquals(BYE, CollectionEdits.node(collection, TreePath.of(1, 0).message(1)));
        assertThrows(IllegalArgumentException.class, () -> CollectionEdits.node(collection, TreePath.root()));
    }

    @Test
    void name_isTheNodesOrForTheRootTheCollections() {
        assertEquals("g", CollectionEdits.name(collection, TreePath.of(1, 1)));
        assertEquals("Bye", CollectionEdits.name(collection, TreePath.of(1, 0).message(1)));
        assertEquals("x", CollectionEdits.name(collection, TreePath.root()));
    }

    @Test
    void renameInANestedFolder_changesOnlyThatNode() {
        Collection renamed = CollectionEdits.rename(collection, TreePath.of(1, 1, 0), "  see  ");

        assertEquals("see", ((Folder) folderF(renamed).items().get(1)).items().get(0).name());
        assertEquals(names(collection.items()), names(renamed.items()));
        assertEquals("c", ((Folder) folderF(collection).items().get(1)).items().get(0).name(), "the original is unchanged");
    }

    @Test
    void renameAndDuplicateAMessage_keepItsFormatBodyAndDirection() {
        SavedMessage pushed = new SavedMessage("Tick", MessageFormat.JSON, "{\"t\":1}", true);
        Collection withPush = CollectionEdits.append(collection, TreePath.of(0), pushed);
        TreePath at = TreePath.of(0).message(0);

        Collection changed = CollectionEdits.duplicate(CollectionEdits.rename(withPush, at, "Tock"), at);

        assertEquals(List.of(new SavedMessage("Tock", MessageFormat.JSON, "{\"t\":1}", true),
                new SavedMessage("Tock copy", MessageFormat.JSON, "{\"t\":1}", true)),
                ((SavedRequest) changed.items().get(0)).messages());
    }

    @Test
    void renameToBlank_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> CollectionEdits.rename(collection, TreePath.of(0), " "));
    }

    @Test
    void duplicateARequest_putsACopyAfterIt_withANewId() {
        Collection copied = CollectionEdits.duplicate(collection, TreePath.of(0));

        assertEquals(List.of("a", "a copy", "f", "d"), names(copied.items()));
        assertNotEquals(copied.items().get(0), copied.items().get(1));
        assertNotEquals(((SavedRequest) copied.items().get(0)).id(), ((SavedRequest) copied.items().get(1)).id());
    }

    @Test
    void duplicateAFolder_givesEveryRequestInItANewId() {
        Collection copied = CollectionEdits.duplicate(collection, TreePath.of(1));

        List<String> ids = copied.requests().stream().map(SavedRequest::id).distinct().toList();
        assertEquals(copied.requests().size(), ids.size());
        assertEquals("f copy", copied.items().get(2).name());
    }

    @Test
    void removeAMessage_keepsTheOthersInOrder() {
        Collection removed = CollectionEdits.remove(collection, TreePath.of(1, 0).message(0));

        assertEquals(List.of(BYE, PING), ((SavedRequest) folderF(removed).items().get(0)).messages());
    }

    @Test
    void moveAMessageDown_countsTheDropIndexAsOnScreen() {
        // Hello dropped below Bye: index 2 of the list as it stood (Hello, Bye, Ping)
        Collection moved = CollectionEdits.move(collection, TreePath.of(1, 0).message(0), TreePath.of(1, 0), 2);

        assertEquals(List.of(BYE, HELLO, PING), ((SavedRequest) folderF(moved).items().get(0)).messages());
    }

    @Test
    void moveAMessageUp() {
        Collection moved = CollectionEdits.move(collection, TreePath.of(1, 0).message(2), TreePath.of(1, 0), 0);

        assertEquals(List.of(PING, HELLO, BYE), ((SavedRequest) folderF(moved).items().get(0)).messages());
    }

    @Test
    void moveARequestIntoAFolderBelowIt_whoseIndexShiftsOnRemoval() {
        // "a" (index 0) into folder g, which sits at [1, 1] before the move and at [0, 1] after "a" is gone
        Collection moved = CollectionEdits.move(collection, TreePath.of(0), TreePath.of(1, 1), 1);

        assertEquals(List.of("f", "d"), names(moved.items()));
        assertEquals(List.of("c", "a"), names(((Folder) ((Folder) moved.items().get(0)).items().get(1)).items()));
    }

    @Test
    void moveAFolderIntoItself_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> CollectionEdits.move(collection, TreePath.of(1), TreePath.of(1, 1), 0));
    }

    @Test
    void aMessageCannotGoIntoAFolder_norARequestIntoARequest() {
        assertThrows(IllegalArgumentException.class,
                () -> CollectionEdits.insert(collection, TreePath.of(1), 0, HELLO));
        assertThrows(IllegalArgumentException.class,
                () -> CollectionEdits.insert(collection, TreePath.of(0), 0, SavedRequest.of("z", "ws://h/z")));
    }

    @Test
    void anIndexOutOfRange_isRefusedWithWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CollectionEdits.remove(collection, TreePath.of(7)));
        assertEquals("No item at position 8 (there are 3)", e.getMessage());
    }

    @Test
    void insertAtTheEnd() {
        Collection added = CollectionEdits.insert(collection, TreePath.root(), 3, new Folder("new", List.of()));

        assertEquals(List.of("a", "f", "d", "new"), names(added.items()));
    }
}
