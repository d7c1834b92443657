package dev.wscope.core.collection;

import java.util.UUID;

/** Identifiers for collections and requests: random, so two machines never hand out the same one. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
