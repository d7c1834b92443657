package dev.wscope.share.asyncapi;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.wscope.store.FormatProblem;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;

/**
 * A YAML document as a JSON tree, within limits a hostile file cannot pass: its nesting is checked on the
 * parser's events (which need no recursion) before anything is built, an anchor that contains itself is
 * refused, and aliases may not expand the tree past a number of values (a "billion laughs" file).
 */
final class YamlTree {
    /** As Gson's own limit for JSON documents, so both forms of a document meet the same one. */
    static final int MAX_NESTING = 255;
    static final int MAX_VALUES = 1_000_000;
    static final int MAX_ALIASES = 50;
    private static final Gson GSON = new Gson();

    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private int values;

    private YamlTree() {
    }

    static JsonElement read(String text, int maxCodePoints) {
        LoadSettings settings = LoadSettings.builder().setLabel("document").setCodePointLimit(maxCodePoints)
                .setMaxAliasesForCollections(MAX_ALIASES).build();
        checkNesting(settings, text);
        return new YamlTree().tree(new Load(settings).loadFromString(text), 0);
    }

    private static void checkNesting(LoadSettings settings, String text) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            if (event instanceof CollectionStartEvent) {
                if (++depth > MAX_NESTING) {
                    String where = event.getStartMark().map(mark -> "line " + (mark.getLine() + 1) + ": ").orElse("");
                    throw new FormatProblem(where + "nested deeper than " + MAX_NESTING + " levels, the limit");
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
    }

    private JsonElement tree(Object value, int depth) {
        if (++values > MAX_VALUES) {
            throw new FormatProblem("its aliases expand it past " + MAX_VALUES + " values, the limit");
        }
        if (!(value instanceof Map<?, ?>) && !(value instanceof Collection<?>)) {
            return GSON.toJsonTree(value); // a scalar: as Gson wrote the whole tree before
        }
        if (depth >= MAX_NESTING) {
            throw new FormatProblem("its aliases nest it deeper than " + MAX_NESTING + " levels, the limit");
        }
        if (!open.add(value)) {
            throw new FormatProblem("an anchor contains an alias of itself (a document without end)");
        }
        JsonElement built;
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((key, item) -> object.add(String.valueOf(key), tree(item, depth + 1)));
            built = object;
        } else {
            JsonArray array = new JsonArray();
            ((Collection<?>) value).forEach(item -> array.add(tree(item, depth + 1)));
            built = array;
        }
        open.remove(value);
        return built;
    }
}
