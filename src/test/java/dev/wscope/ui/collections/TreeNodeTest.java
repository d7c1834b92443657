package dev.wscope.ui.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wscope.collections.LoadedCollection;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.payload.MessageFormat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;

/** What each kind of row shows: its label, its tooltip and its icon. */
class TreeNodeTest {
    private static final Path FILE = Path.of("/repo/api/chat.json");
    private final SavedRequest feed = SavedRequest.of("Feed", "ws://h/feed");

    @Test
    void aCollectionOfTheDataFolder_showsItsName_andItsFileOnHover() {
        TreeNode node = new TreeNode.OfCollection(new LoadedCollection(FILE, Collection.named("Chat API"), false));

        assertEquals("Chat API", node.label());
        assertEquals("Chat API\n" + FILE, node.hoverText());
        assertEquals(Feather.BOOK, node.icon());
    }

    @Test
    void anOpenedCollection_namesItsFile_andShowsABranch() {
        TreeNode node = new TreeNode.OfCollection(new LoadedCollection(FILE, Collection.named("Chat API"), true));

        assertEquals("Chat API", node.name(), "Rename offers the name alone");
        assertEquals("Chat API  (chat.json)", node.label());
        assertEquals("Chat API  (chat.json)\n" + FILE, node.hoverText());
        assertEquals(Feather.GIT_BRANCH, node.icon());
    }

    @Test
    void aRequest_showsItsAddressOnHover() {
        TreeNode node = new TreeNode.OfRequest(feed);

        assertEquals("Feed", node.label());
        assertEquals("Feed\nws://h/feed", node.hoverText());
        assertEquals(Feather.REPEAT, node.icon());
    }

    @Test
    void aFolder_showsItsName() {
        TreeNode node = new TreeNode.OfFolder(new Folder("Streams", List.of(feed)));

        assertEquals("Streams", node.label());
        assertEquals("Streams", node.hoverText());
        assertEquals(Feather.FOLDER, node.icon());
    }

    @Test
    void aMessageToSend_pointsOut_andOneFromTheServer_pointsIn() {
        TreeNode toSend = new TreeNode.OfMessage(feed, SavedMessage.of("Subscribe", MessageFormat.JSON, "{}"));
        TreeNode fromServer = new TreeNode.OfMessage(feed, new SavedMessage("Tick", MessageFormat.JSON, "{}", true));

        assertEquals("Subscribe", toSend.label());
        assertEquals(Feather.ARROW_UP_RIGHT, toSend.icon());
        assertEquals("Tick", fromServer.hoverText());
        assertEquals(Feather.ARROW_DOWN_LEFT, fromServer.icon());
    }
}
