package dev.wscope.core.timeline;

/**
 * How many payload bytes a timeline keeps in memory before the oldest move to a spill file made by spillFiles.
 * Null spillFiles means no spilling: everything stays in memory, as for short command-line sessions.
 */
public record PayloadBudget(long memoryBytes, SpillFiles spillFiles) {
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

    public static PayloadBudget mebibytes(long mebibytes, SpillFiles spillFiles) {
        return new PayloadBudget(mebibytes * 1024 * 1024, spillFiles);
    }

    boolean spills() {
        return spillFiles != null && memoryBytes != Long.MAX_VALUE;
    }
}
