package dev.wscope.ui.collections;

import dev.wscope.collections.FoundRequest;
import dev.wscope.core.collection.SavedMessage;

/** What the collections tree asks of the window around it. FX thread only. */
public interface TreeActions {
    /** Shows the request in its tab (a new one, or the one that has it already). */
    void openRequest(FoundRequest request);

    /** Puts the saved message in its request's tab and sends it when that tab is connected. */
    void useMessage(FoundRequest request, SavedMessage message);
}
