package dev.wscope.core.variables;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {{name}} syntax: names are letters, digits, '_', '-' and '.', with optional spaces inside the braces
 * ("{{ token }}"). Anything else between braces is left as text, so JSON such as {"a":{"b":1}} is never
 * mistaken for a variable.
 */
public final class Placeholders {
    private static final String NAME = "[A-Za-z0-9_.\\-]+";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(" + NAME + ")\\s*}}");

    private Placeholders() {
    }

    /** The variable names the text refers to, each once, in order of first use. */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The text with each placeholder the lookup knows replaced in one pass; unknown ones stay as written. */
    public static String replace(String text, Function<String, Optional<String>> lookup) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = lookup.apply(matcher.group(1)).orElse(matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** True when {{name}} can refer to a variable of this name. */
    public static boolean isName(String name) {
        return name.matches(NAME);
    }

    public static String of(String name) {
        return "{{" + name + "}}";
    }
}
