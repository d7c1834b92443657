package dev.wscope.core.payload;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict JSON (RFC 8259): checking with the line and column of the first error, formatting, minifying.
 * Formatting copies token by token, so what was sent is what is shown: numbers keep their text (1.50 stays
 * 1.50) and a repeated name is kept rather than silently dropped as a parsed tree would.
 */
public final class JsonText {
    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);
    private static final Pattern WHERE = Pattern.compile("(.*?) at line (\\d+) column (\\d+)", Pattern.DOTALL);
    /**
     * Gson stops at 255 levels by default. Copying is iterative, so more would fit, but pretty text grows with
     * the square of the depth (20 KB nested 10,000 deep pretty-prints to 200 MB): 1,000 levels is ample.
     */
    private static final int NESTING_LIMIT = 1_000;

    private JsonText() {
    }

    /** The value as a tree (a repeated name keeps its last value). */
    public static JsonElement parse(String text) throws PayloadException {
        JsonReader reader = reader(text);
        try {
            JsonElement element = ELEMENTS.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("More content after the JSON value");
            }
            return element;
        } catch (IOException | RuntimeException e) {
            throw failure(text, e);
        }
    }

    public static void check(String text) throws PayloadException {
        copy(text, Writer.nullWriter(), FormattingStyle.COMPACT);
    }

    public static String pretty(String text) throws PayloadException {
        StringWriter out = new StringWriter(text.length() + text.length() / 2);
        copy(text, out, FormattingStyle.PRETTY);
        return out.toString();
    }

    /** A JSON tree already parsed, pretty-printed as {@link #pretty} prints text. */
    public static String prettyOf(JsonElement element) {
        return new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                .toJson(element);
    }

    public static String minify(String text) throws PayloadException {
        StringWriter out = new StringWriter(text.length());
        copy(text, out, FormattingStyle.COMPACT);
        return out.toString();
    }

    /** True when the text is one valid JSON object or array (what a detail view pretty-prints). */
    public static boolean isStructured(String text) {
        String trimmed = text.stripLeading();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return false;
        }
        try {
            check(text);
            return true;
        } catch (PayloadException e) {
            return false;
        }
    }

    private static JsonReader reader(String text) throws PayloadException {
        if (text.isBlank()) {
            throw new PayloadException("JSON: the message is empty");
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(NESTING_LIMIT);
        return reader;
    }

    /** Reads every token strictly and writes it in the given style; iterative, so depth costs no stack. */
    private static void copy(String text, Writer out, FormattingStyle style) throws PayloadException {
        JsonReader in = reader(text);
        JsonWriter writer = new JsonWriter(out);
        writer.setFormattingStyle(style);
        writer.setHtmlSafe(false);
        writer.setSerializeNulls(true);
        try {
            int depth = 0;
            do {
                switch (in.peek()) {
                    case BEGIN_OBJECT -> { in.beginObject(); writer.beginObject(); depth++; }
                    case END_OBJECT -> { in.endObject(); writer.endObject(); depth--; }
                    case BEGIN_ARRAY -> { in.beginArray(); writer.beginArray(); depth++; }
                    case END_ARRAY -> { in.endArray(); writer.endArray(); depth--; }
                    case NAME -> writer.name(in.nextName());
                    case STRING -> writer.value(in.nextString());
                    case NUMBER -> writer.jsonValue(in.nextString()); // the number's own text
                    case BOOLEAN -> writer.value(in.nextBoolean());
                    case NULL -> { in.nextNull(); writer.nullValue(); }
                    default -> throw new IOException("The text ends before the JSON is complete");
                }
            } while (depth > 0);
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("More content after the JSON value");
            }
            writer.flush();
        } catch (IOException | RuntimeException e) {
            throw failure(text, e);
        }
    }

    /** The first error in the user's words, located by {@link JsonErrors}; Gson's own words if it finds none. */
    private static PayloadException failure(String text, Exception gsonError) {
        String located = JsonErrors.locate(text);
        return new PayloadException(located != null ? "JSON: " + located : describe(gsonError.getMessage()));
    }

    /** Gson says "Expected ... at line 3 column 7 path $.a\nSee https://..."; users see "JSON: line 3, column 7: ...". */
    static String describe(String gsonMessage) {
        String message = gsonMessage == null ? "not valid JSON" : gsonMessage;
        int seeAlso = message.indexOf("\nSee ");
        if (seeAlso >= 0) {
            message = message.substring(0, seeAlso);
        }
        message = message.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "not valid JSON");
        Matcher matcher = WHERE.matcher(message);
        if (matcher.find()) {
            String what = matcher.group(1).replaceFirst("^com\\.google\\.gson\\.stream\\.MalformedJsonException: ", "");
            return "JSON: line " + matcher.group(2) + ", column " + matcher.group(3) + ": " + what.strip();
        }
        return "JSON: " + message;
    }
}
