package dev.wscope.ui.collections;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The changes to the collections that can be taken back, newest first (the last 50). FX thread only. */
final class UndoHistory {
    static final int LIMIT = 50;

    private final Deque<UndoStep> steps = new ArrayDeque<>();
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");

    void push(UndoStep step) {
        steps.push(step);
        if (steps.size() > LIMIT) {
            steps.removeLast();
        }
        next.set(step.label());
    }

    /** The newest step, taken off the history; null when there is none. */
    UndoStep pop() {
        UndoStep step = steps.poll();
        next.set(steps.isEmpty() ? "" : steps.peek().label());
        return step;
    }

    /** What Undo would take back ("Delete 'Echo'"), empty when nothing. */
    ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }
}
