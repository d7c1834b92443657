package dev.wscope.ui.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.collections.LoadedCollection;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.TreePath;
import dev.wscope.core.payload.MessageFormat;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;

/** Where a drop lands, on a tree built as the window builds it: collection [ folder [ request (2 messages) ], request ]. */
class TreeDropTest {
    private final SavedMessage hello = SavedMessage.of("Hello", MessageFormat.TEXT, "hello");
    private final SavedMessage bye = SavedMessage.of("Bye", MessageFormat.TEXT, "bye");
    private final SavedRequest feed = SavedRequest.of("Feed", "ws://h/f").withMessages(List.of(hello, bye));
    private final SavedRequest chat = SavedRequest.of("Chat", "ws://h/c");
    private final Folder streams = new Folder("Streams", List.of(feed));
    private final LoadedCollection loaded = new LoadedCollection(Path.of("/x/api.json"),
            Collection.named("API").withItems(List.of(streams, chat)), false);
    private final TreeItem<TreeNode> root = new TreeItem<>(new TreeNode.OfCollection(loaded));
    private final TreeItem<TreeNode> folderItem = new TreeItem<>(new TreeNode.OfFolder(streams));
    private final TreeItem<TreeNode> feedItem = new TreeItem<>(new TreeNode.OfRequest(feed));
    private final TreeItem<TreeNode> helloItem = new TreeItem<>(new TreeNode.OfMessage(feed, hello));
    private final TreeItem<TreeNode> byeItem = new TreeItem<>(new TreeNode.OfMessage(feed, bye));
    private final TreeItem<TreeNode> chatItem = new TreeItem<>(new TreeNode.OfRequest(chat));

    TreeDropTest() {
        feedItem.getChildren().addAll(List.of(helloItem, byeItem));
        folderItem.getChildren().add(feedItem);
        root.getChildren().addAll(List.of(folderItem, chatItem));
    }

    private TreeDrop drop(TreeItem<TreeNode> dragged, TreeItem<TreeNode> onto) {
        return TreeDrop.of(TreeLocation.of(dragged), TreeLocation.of(onto)).orElse(null);
    }

    @Test
    void locationsFollowTheTree() {
        assertEquals(TreePath.of(0, 0).message(1), TreeLocation.of(byeItem).path());
        assertEquals(TreePath.of(1), TreeLocation.of(chatItem).path());
        assertEquals(TreePath.root(), TreeLocation.of(root).path());
        assertEquals(loaded, TreeLocation.of(byeItem).collection());
    }

    @Test
    void anItemOutsideACollection_hasNoLocation() {
        TreeItem<TreeNode> top = new TreeItem<>(new TreeNode.Root());
        TreeItem<TreeNode> loose = new TreeItem<>(new TreeNode.OfRequest(chat));
        top.getChildren().add(loose);

        assertThrows(IllegalArgumentException.class, () -> TreeLocation.of(loose));
    }

    @Test
    void aMessageOnAMessage_goesBeforeIt_andOnARequest_toItsEnd() {
        assertEquals(new TreeDrop(loaded, TreePath.of(0, 0), 0), drop(byeItem, helloItem));
        assertEquals(new TreeDrop(loaded, TreePath.of(1), 0), drop(helloItem, chatItem));
    }

    @Test
    void aRequestOnAFolderGoesIn_onARequestGoesBeforeIt_onACollectionToItsEnd() {
        assertEquals(new TreeDrop(loaded, TreePath.of(0), 1), drop(chatItem, folderItem));
        assertEquals(new TreeDrop(loaded, TreePath.root(), 1), drop(feedItem, chatItem));
        assertEquals(new TreeDrop(loaded, TreePath.root(), 2), drop(feedItem, root));
    }

    @Test
    void noDrop_ofAMessageOnAFolder_ofAFolderIntoItself_orOfARequestOnAMessage() {
        assertTrue(TreeDrop.of(TreeLocation.of(helloItem), TreeLocation.of(folderItem)).isEmpty());
        assertTrue(TreeDrop.of(TreeLocation.of(folderItem), TreeLocation.of(feedItem)).isEmpty());
        assertTrue(TreeDrop.of(TreeLocation.of(chatItem), TreeLocation.of(helloItem)).isEmpty());
    }
}
