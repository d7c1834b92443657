package dev.wscope.core.timeline;

import java.nio.file.Path;

/**
 * How many payload bytes a timeline keeps in memory before the oldest move to a session file in the spill
 * folder. A null folder means no spilling: everything stays in memory, as for short command-line sessions.
 */
public record PayloadBudget(long memoryBytes, Path spillFolder) {
    public static final long DEFAULT_MEMORY_MIB = 256;

    public PayloadBudget {
        if (memoryBytes < 0) {
            throw new IllegalArgumentException("a memory budget cannot be negative: " + memoryBytes);
        }
    }

    /** Everything in memory, however much. */
    public static PayloadBudget unlimited() {
        return new PayloadBudget(Long.MAX_VALUE, null);
    }

    public static PayloadBudget mebibytes(long mebibytes, Path spillFolder) {
        return new PayloadBudget(mebibytes * 1024 * 1024, spillFolder);
    }

    boolean spills() {
        return spillFolder != null && memoryBytes != Long.MAX_VALUE;
    }
}
