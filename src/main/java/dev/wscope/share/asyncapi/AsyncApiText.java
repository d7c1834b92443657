package dev.wscope.share.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.wscope.store.FormatProblem;
import dev.wscope.store.JsonDocuments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * AsyncAPI documents as text: YAML or JSON in (both become one JSON tree), YAML or JSON out. YAML is read
 * as YAML 1.2, so "on", "no" and "1.0.0" stay text; anchors are allowed, within YamlTree's limits.
 */
public final class AsyncApiText {
    /** The most a document may hold, in characters; a larger one is refused before it is parsed. */
    static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private AsyncApiText() {
    }

    public static JsonObject parse(String text) {
        JsonElement root = text.stripLeading().startsWith("{") ? parseJson(text) : parseYaml(text);
        if (root == null || !root.isJsonObject()) {
            throw new FormatProblem("not an AsyncAPI document: the top level should be a mapping of fields");
        }
        return root.getAsJsonObject();
    }

    public static String write(JsonObject document, DocumentFormat format) {
        if (format == DocumentFormat.JSON) {
            return JsonDocuments.pretty(document);
        }
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                .setIndicatorIndent(2).setIndentWithIndicator(true).setWidth(120).build();
        return new Dump(settings, new BlockTextRepresenter(settings)).dumpToString(plain(document));
    }

    /** JSON, strictly; a YAML flow mapping ("{asyncapi: 3.0.0, ...}") also starts with "{", so YAML is tried next. */
    private static JsonElement parseJson(String text) {
        try {
            return JsonDocuments.parse(text);
        } catch (FormatProblem notJson) {
            try {
                return parseYaml(text);
            } catch (FormatProblem notYaml) {
                throw notJson;
            }
        }
    }

    private static JsonElement parseYaml(String text) {
        try {
            return YamlTree.read(text, MAX_CODE_POINTS);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String where = mark == null ? ""
                    : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
            throw new FormatProblem(where + "not valid YAML (" + e.getProblem() + ")");
        } catch (YamlEngineException e) {
            throw new FormatProblem("not valid YAML (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            // Gson refuses values JSON cannot hold, such as .nan and .inf
            throw new FormatProblem("a value cannot be read as JSON (" + e.getMessage() + ")");
        }
    }

    /** The tree as maps, lists, text, numbers and booleans, which the YAML writer takes. */
    private static Object plain(JsonElement element) {
        if (element.isJsonObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            element.getAsJsonObject().entrySet().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (element.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            ((JsonArray) element).forEach(e -> list.add(plain(e)));
            return list;
        }
        if (element.isJsonNull()) {
            return null;
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        if (primitive.isNumber()) {
            BigDecimal number = primitive.getAsBigDecimal();
            return number.scale() <= 0 ? (Object) number.toBigIntegerExact() : (Object) number.doubleValue();
        }
        return primitive.getAsString();
    }
}
