package dev.wscope.core.workspace;

import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.payload.MessageFormat;

/**
 * A tab as the window left it, unsaved edits included: the saved request it was opened from (null for one
 * never saved), the request as it stood in the tab, the composer's message (unnamed), which saved message the
 * composer was loaded from (-1: none) and the environment picked (null: none).
 */
public record OpenTab(SavedRequest opened, SavedRequest edited, SavedMessage composer, int loadedMessage,
                      String environment) {
    public OpenTab {
        composer = composer == null ? SavedMessage.of("", MessageFormat.TEXT, "") : composer;
    }
}
