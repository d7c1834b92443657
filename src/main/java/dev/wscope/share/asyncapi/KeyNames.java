package dev.wscope.share.asyncapi;

import java.util.HashSet;
import java.util.Set;

/**
 * Keys for channels, servers and messages made from names people gave: letters, digits, '.', '-' and '_'
 * (what AsyncAPI allows in component keys and what $ref pointers need no escaping for), unique in a map.
 */
final class KeyNames {
    private final Set<String> used = new HashSet<>();

    String unique(String name, String fallback) {
        String base = name.strip().replaceAll("[^A-Za-z0-9_.\\-]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = fallback;
        }
        String key = base;
        for (int n = 2; !used.add(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
