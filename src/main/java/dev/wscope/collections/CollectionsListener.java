package dev.wscope.collections;

import java.util.List;

/** What the collection service tells its view, on the service's owner thread. */
public interface CollectionsListener {
    /**
     * The collections were read again (after every change); problems is the problem line: why the last change
     * failed and what could not be read, one per line, empty when all is well.
     */
    void collectionsRead(List<LoadedCollection> collections, String problems);

    /** What Undo would take back now ("Delete 'Echo'"), empty when nothing. */
    void undoLabelChanged(String label);

    /** What a change did outside the tree, for the line under it ("Wrote /home/me/api.html"). */
    void noticed(String notice);
}
