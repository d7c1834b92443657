package dev.wscope.core.payload;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strict JSON (RFC 8259): checking with the line and column of the first error, formatting, minifying. */
public final class JsonText {
    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeNulls().create();
    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final Pattern WHERE = Pattern.compile("(.*?) at line (\\d+) column (\\d+)", Pattern.DOTALL);

    private JsonText() {
    }

    public static JsonElement parse(String text) throws PayloadException {
        if (text.isBlank()) {
            throw new PayloadException("JSON: the message is empty");
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement element = ELEMENTS.read(reader);
            if (!atEnd(reader)) {
                throw new PayloadException(describe("More content after the JSON value" + where(reader)));
            }
            return element;
        } catch (IOException | RuntimeException e) {
            throw new PayloadException(describe(e.getMessage()));
        }
    }

    public static void check(String text) throws PayloadException {
        parse(text);
    }

    public static String pretty(String text) throws PayloadException {
        return PRETTY.toJson(parse(text));
    }

    public static String minify(String text) throws PayloadException {
        return COMPACT.toJson(parse(text));
    }

    /** True when the text is one valid JSON object or array (what a detail view pretty-prints). */
    public static boolean isStructured(String text) {
        String trimmed = text.stripLeading();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (PayloadException e) {
            return false;
        }
    }

    /** In strict mode Gson throws (with advice meant for programmers) on a second value; that is "not at the end". */
    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException e) {
            return false;
        }
    }

    private static String where(JsonReader reader) {
        // JsonReader's own location text: " at line L column C path P"
        return reader.toString().replaceFirst("^JsonReader", "");
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
