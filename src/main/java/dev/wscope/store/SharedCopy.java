package dev.wscope.store;

import com.google.gson.JsonObject;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.variables.SecretMask;

/**
 * A collection as it may leave this machine (a shared file, an AsyncAPI document, the HTML docs): secret
 * variables keep their names but lose their values, proxy and certificate passwords are dropped, and a
 * secret value pasted anywhere else is written as its {{name}}.
 */
public final class SharedCopy {
    private SharedCopy() {
    }

    public static Collection of(Collection collection) {
        return CollectionJson.read(tree(collection));
    }

    /** The file tree of the shared copy: what CollectionFiles writes. */
    static JsonObject tree(Collection collection) {
        JsonObject tree = CollectionJson.write(collection);
        SecretScrubber.scrub(tree, SecretMask.of(collection.environments()));
        return tree;
    }
}
