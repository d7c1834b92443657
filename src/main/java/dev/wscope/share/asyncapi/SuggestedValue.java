package dev.wscope.share.asyncapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value a schema, parameter or server variable suggests, as text: const, default, first example or enum. */
final class SuggestedValue {
    private static final Pattern BRACED = Pattern.compile("\\{([^{}]+)}");

    private SuggestedValue() {
    }

    static Optional<String> of(JsonObject described) {
        for (String key : List.of("const", "default", "examples", "enum")) {
            JsonElement value = described.get(key);
            if (value != null && value.isJsonArray()) {
                value = value.getAsJsonArray().isEmpty() ? null : value.getAsJsonArray().get(0);
            }
            if (value != null && !value.isJsonNull()) {
                return Optional.of(text(value));
            }
        }
        return Optional.empty();
    }

    static String text(JsonElement value) {
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    /** AsyncAPI's {name} written as Wscope's {{name}}. */
    static String doubleBraces(String text) {
        Matcher matcher = BRACED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement("{{" + matcher.group(1).strip() + "}}"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
