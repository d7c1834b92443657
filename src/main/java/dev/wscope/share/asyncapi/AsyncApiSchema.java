package dev.wscope.share.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official JSON Schemas of AsyncAPI 3.0.0 and 2.6.0 documents (bundled, no network), and a check of a
 * document against the one of its version. Loading a schema takes about a second, so each is loaded once.
 */
public final class AsyncApiSchema {
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();
    private static final ObjectMapper JACKSON = new ObjectMapper();

    private AsyncApiSchema() {
    }

    /** Whether a schema is bundled for the document's version (3.0.0 and 2.6.0 are). */
    public static boolean covers(JsonObject document) {
        return resourceFor(versionOf(document)).isPresent();
    }

    /** The problems found, each "$.path: what is wrong", in document order; empty when the document is valid. */
    public static List<String> problems(JsonObject document) {
        String version = versionOf(document);
        Optional<String> resource = resourceFor(version);
        if (resource.isEmpty()) {
            return List.of("$.asyncapi: version \"" + version + "\" has no bundled schema (3.0.0 and 2.6.0 do)");
        }
        try {
            JsonNode node = JACKSON.readTree(document.toString());
            return schema(resource.get()).validate(node).stream()
                    .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()))
                    .map(ValidationMessage::getMessage).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String versionOf(JsonObject document) {
        return Trees.text(document, "asyncapi");
    }

    private static Optional<String> resourceFor(String version) {
        return switch (version) {
            case "3.0.0" -> Optional.of("asyncapi-3.0.0.schema.json");
            case "2.6.0" -> Optional.of("asyncapi-2.6.0.schema.json");
            default -> Optional.empty();
        };
    }

    private static JsonSchema schema(String resource) {
        return LOADED.computeIfAbsent(resource, name -> {
            try (InputStream in = AsyncApiSchema.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled schema " + name + " is missing from the jar");
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
