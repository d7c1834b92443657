package dev.wscope.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strict JSON in, pretty JSON out; a parse error says the line and column in words a person can use. */
public final class JsonDocuments {
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeNulls().create();
    private static final Pattern WHERE = Pattern.compile("(.*?) at line (\\d+) column (\\d+)", Pattern.DOTALL);

    private JsonDocuments() {
    }

    public static JsonElement parse(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement root = JsonParser.parseReader(reader);
            if (root.isJsonNull() && text.isBlank()) {
                throw new FormatProblem("the file is empty");
            }
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new FormatProblem(where(reader.toString(), "more text follows the end of the JSON"));
            }
            return root;
        } catch (JsonParseException | IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new FormatProblem(where(String.valueOf(cause.getMessage()), null));
        }
    }

    /** Two-space indentation, one key a line, a newline at the end: files that diff well. Nulls are kept. */
    public static String pretty(JsonElement element) {
        return PRETTY.toJson(element) + "\n";
    }

    private static String where(String gsonMessage, String reason) {
        Matcher matcher = WHERE.matcher(gsonMessage);
        if (!matcher.find()) {
            return reason != null ? reason : "not valid JSON: " + gsonMessage.lines().findFirst().orElse("");
        }
        return "line " + matcher.group(2) + ", column " + matcher.group(3) + ": "
                + (reason != null ? reason : explain(matcher.group(1)));
    }

    private static String explain(String gsonReason) {
        if (gsonReason.startsWith("Use JsonReader.setStrictness")) {
            return "not valid JSON here (a missing quote or comma, a trailing comma, or a bare word?)";
        }
        if (gsonReason.startsWith("End of input")) {
            return "the file ends before the JSON does (cut short?)";
        }
        return gsonReason.substring(0, 1).toLowerCase(Locale.ROOT) + gsonReason.substring(1);
    }
}
