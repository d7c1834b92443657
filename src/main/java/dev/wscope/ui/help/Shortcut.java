package dev.wscope.ui.help;

import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, in one place: the menus take their accelerators from here, and
 * Help > Keyboard shortcuts lists them, so the two never disagree.
 */
public enum Shortcut {
    SEND("Shortcut+Enter", "Send the message (in the composer)"),
    CONNECT_FROM_ADDRESS("Enter", "Connect (in the address)"),
    CONNECT("Shortcut+Shift+K", "Connect or disconnect"),
    DIAGNOSE("Shortcut+D", "Diagnose the connection"),
    FOCUS_ADDRESS("Shortcut+L", "Go to the address"),
    FIND("Shortcut+F", "Find in the timeline"),
    NEW_TAB("Shortcut+T", "New tab"),
    CLOSE_TAB("Shortcut+W", "Close the tab"),
    SAVE("Shortcut+S", "Save the request"),
    OPEN_COLLECTION("Shortcut+O", "Open a collection file"),
    RENAME("F2", "Rename (in the collections tree)"),
    DELETE("Delete", "Delete, undoable (in the collections tree)"),
    UNDO_TREE("Shortcut+Z", "Undo the last change (in the collections tree)"),
    ROW_DELETE("Shortcut+Shift+Delete", "Delete the row (in params, headers, cookies, variables)"),
    ROW_TOGGLE("Shortcut+Shift+Space", "Switch the row's box: sent, or secret (in those rows)"),
    UNDO_ROW("Shortcut+Z", "Bring back the row just deleted (in those rows)"),
    SHORTCUTS("F1", "Show these shortcuts"),
    QUIT("Shortcut+Q", "Quit");

    private final String keys;
    private final String action;

    Shortcut(String keys, String action) {
        this.keys = keys;
        this.action = action;
    }

    public KeyCombination combination() {
        return KeyCombination.keyCombination(keys);
    }

    /** The keys as this platform writes them ("Ctrl+T"), Enter in words rather than a symbol. */
    public String shown() {
        return combination().getDisplayText().replace("↵", "Enter");
    }

    public boolean matches(javafx.scene.input.KeyEvent event) {
        return combination().match(event);
    }

    public String action() {
        return action;
    }
}
