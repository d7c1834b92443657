package dev.wscope.share.asyncapi;

import dev.wscope.core.variables.Placeholders;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's address split the way AsyncAPI describes it: protocol and host for the server, path for the
 * channel, with Wscope's {{name}} written as AsyncAPI's {name}. The query is left out: it is in the binding.
 */
record WsAddress(String protocol, String host, String path) {
    private static final Pattern BRACED = Pattern.compile("\\{([A-Za-z0-9_.\\-]+)}");

    /** Empty when the address does not start with ws:// or wss:// (e.g. "{{base}}/echo"). */
    static Optional<WsAddress> parse(String url) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return Optional.empty();
        }
        String protocol = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!protocol.equals("ws") && !protocol.equals("wss")) {
            return Optional.empty();
        }
        String rest = withoutQuery(url.substring(schemeEnd + 3));
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        return Optional.of(new WsAddress(protocol, braces(host), braces(path)));
    }

    static String withoutQuery(String url) {
        int end = url.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = url.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return url.substring(0, end);
    }

    /** The names of the {name} parts of an AsyncAPI host or channel address, in order. */
    static Set<String> names(String braced) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = BRACED.matcher(braced);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** {{name}} as AsyncAPI writes a server variable or channel parameter: {name}. */
    static String braces(String text) {
        return Placeholders.replace(text, name -> Optional.of("{" + name + "}"));
    }
}
