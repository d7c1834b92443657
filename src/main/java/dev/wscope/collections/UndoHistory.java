package dev.wscope.collections;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * The changes to the collections that can be taken back, newest first (the last 50). Owner thread only: it
 * tells the label of the next undo on the thread that pushes or pops.
 */
final class UndoHistory {
    static final int LIMIT = 50;

    private final Deque<UndoStep> steps = new ArrayDeque<>();
    private final Consumer<String> nextLabel;

    /** nextLabel hears what Undo would take back after each change of the history ("Delete 'Echo'", or empty). */
    UndoHistory(Consumer<String> nextLabel) {
        this.nextLabel = nextLabel;
    }

    void push(UndoStep step) {
        steps.push(step);
        if (steps.size() > LIMIT) {
            steps.removeLast();
        }
        nextLabel.accept(step.label());
    }

    /** The newest step, taken off the history; null when there is none. */
    UndoStep pop() {
        UndoStep step = steps.poll();
        nextLabel.accept(steps.isEmpty() ? "" : steps.peek().label());
        return step;
    }
}
