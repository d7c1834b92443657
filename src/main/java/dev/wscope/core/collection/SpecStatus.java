package dev.wscope.core.collection;

import java.util.Optional;

/** Where an API stands in its life; the id is what files and exports carry. */
public enum SpecStatus {
    DESIGNING("Designing"),
    DEVELOPING("Developing"),
    TESTING("Testing"),
    RELEASED("Released"),
    DEPRECATED("Deprecated");

    private final String label;

    SpecStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case name used in files and exports ("released"). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<SpecStatus> byId(String id) {
        for (SpecStatus status : values()) {
            if (status.id().equalsIgnoreCase(id) || status.label.equalsIgnoreCase(id)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
