package dev.wscope.share.asyncapi;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Markdown description of a request imported from someone else's document: what the channel says of
 * itself, then its operations, parameters and messages, so nothing the document explains is lost.
 */
final class RequestNotes {
    private RequestNotes() {
    }

    static String of(ImportedChannel channel) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("summary", "description")) {
            String text = Trees.text(channel.channel(), field).strip();
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        list(parts, "Operations", channel.operationNotes());
        List<String> parameters = new ArrayList<>();
        for (Map.Entry<String, JsonObject> parameter : channel.parameters().entrySet()) {
            String description = oneLine(Trees.text(parameter.getValue(), "description"));
            parameters.add("`{{" + parameter.getKey() + "}}`" + (description.isEmpty() ? "" : ": " + description));
        }
        list(parts, "Parameters", parameters);
        List<String> messages = new ArrayList<>();
        for (ImportedMessage message : channel.messages()) {
            String about = oneLine(Trees.text(message.message(), "summary") + " "
                    + Trees.text(message.message(), "description"));
            if (!about.isEmpty()) {
                messages.add("**" + message.key() + "**: " + about);
            }
        }
        list(parts, "Messages", messages);
        return String.join("\n\n", parts);
    }

    private static void list(List<String> parts, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            parts.add(heading + ":\n\n- " + String.join("\n- ", lines));
        }
    }

    /** A list item holds one line; the document's folded paragraphs are joined. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
