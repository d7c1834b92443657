package dev.wscope.ui.composer;

import dev.wscope.core.protocol.ProtocolKind;
import java.util.Map;

/** An argument to start from for each verb of each protocol, in the form `-m VERB:ARG` takes it. */
final class VerbExamples {
    private static final Map<ProtocolKind, Map<String, String>> EXAMPLES = Map.of(
            ProtocolKind.SOCKET_IO, Map.of(
                    "emit", "[\"chat message\", \"hello\"]",
                    "ack", "[\"chat message\", \"hello\"]"),
            ProtocolKind.GRAPHQL, Map.of(
                    "subscribe", "{\n  \"query\": \"subscription { greetings }\",\n  \"variables\": {}\n}",
                    "complete", "1"),
            ProtocolKind.STOMP, Map.of(
                    "subscribe", "/topic/test",
                    "unsubscribe", "/topic/test",
                    "send", "{\n  \"destination\": \"/topic/test\",\n  \"body\": \"hello\",\n  \"headers\": {}\n}"),
            ProtocolKind.ACTION_CABLE, Map.of(
                    "subscribe", "{\"channel\": \"ChatChannel\"}",
                    "perform", "{\"action\": \"speak\", \"message\": \"hello\"}",
                    "unsubscribe", "{\"channel\": \"ChatChannel\"}"));

    private VerbExamples() {
    }

    /** Whether the text is an example of some verb: the user has not written it. */
    static boolean isExample(String text) {
        return EXAMPLES.values().stream().anyMatch(examples -> examples.containsValue(text));
    }

    /** The example, or "" where there is none (a raw frame, a verb whose argument is an id). */
    static String of(ProtocolKind kind, String verb) {
        return EXAMPLES.getOrDefault(kind, Map.of()).getOrDefault(verb == null ? "" : verb, "");
    }
}
