package dev.wscope.core.collection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The API-spec fields every collection and request carries. A null status means "not set"; the
 * description is Markdown. Tags are trimmed and kept once each, in the order first given.
 */
public record SpecFields(SpecStatus status, String owner, List<String> tags, String description) {
    public SpecFields {
        owner = owner == null ? "" : owner;
        description = description == null ? "" : description;
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                distinct.add(tag.strip());
            }
        }
        tags = List.copyOf(distinct);
    }

    public static SpecFields empty() {
        return new SpecFields(null, "", List.of(), "");
    }

    public Optional<SpecStatus> statusIfSet() {
        return Optional.ofNullable(status);
    }
}
