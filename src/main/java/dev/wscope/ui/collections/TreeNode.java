package dev.wscope.ui.collections;

import dev.wscope.collections.LoadedCollection;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import org.kordamp.ikonli.feather.Feather;

/**
 * What a row of the collections tree holds: the tree's hidden root, a collection, a folder, a saved request or
 * a saved message. Sealed, and each kind answers for its own name, label, tooltip and icon, so the cell, the
 * menus and the drop rules ask the node instead of testing an Object's class and casting it.
 */
public sealed interface TreeNode {
    /** The name as the user gave it: what Rename offers. */
    String name();

    /** What the row shows. */
    default String label() {
        return name();
    }

    /** The tooltip: the whole label (a narrow tree cuts it) and, for some kinds, where the node leads. */
    default String hoverText() {
        return label();
    }

    Feather icon();

    /** The tree's root: the tree hides it; it holds the collections. */
    record Root() implements TreeNode {
        @Override
        public String name() {
            return "Collections";
        }

        @Override
        public Feather icon() {
            return Feather.LAYERS;
        }
    }

    /** A collection with its file; one opened from elsewhere names its file and shows a git branch. */
    record OfCollection(LoadedCollection loaded) implements TreeNode {
        @Override
        public String name() {
            return loaded.collection().name();
        }

        @Override
        public String label() {
            return loaded.external() ? name() + "  (" + loaded.file().getFileName() + ")" : name();
        }

        @Override
        public String hoverText() {
            return label() + "\n" + loaded.file();
        }

        @Override
        public Feather icon() {
            return loaded.external() ? Feather.GIT_BRANCH : Feather.BOOK;
        }
    }

    record OfFolder(Folder folder) implements TreeNode {
        @Override
        public String name() {
            return folder.name();
        }

        @Override
        public Feather icon() {
            return Feather.FOLDER;
        }
    }

    record OfRequest(SavedRequest request) implements TreeNode {
        @Override
        public String name() {
            return request.name();
        }

        @Override
        public String hoverText() {
            return name() + "\n" + request.url();
        }

        @Override
        public Feather icon() {
            return Feather.REPEAT;
        }
    }

    /** A saved message with the request it belongs to, which sending it opens. */
    record OfMessage(SavedRequest request, SavedMessage message) implements TreeNode {
        @Override
        public String name() {
            return message.name();
        }

        /** A message to send points out; one the server sends points in. */
        @Override
        public Feather icon() {
            return message.fromServer() ? Feather.ARROW_DOWN_LEFT : Feather.ARROW_UP_RIGHT;
        }
    }
}
