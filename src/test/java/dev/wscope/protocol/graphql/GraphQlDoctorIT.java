package dev.wscope.protocol.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wscope.testing.ChildJvm;
import dev.wscope.testing.ScriptPeer;
import org.junit.jupiter.api.Test;

/**
 * `wscope doctor --protocol graphql` opens the GraphQL session as its last step, against the real servers of
 * src/test/node (keep-alives every 5 s, so the doctor's raw WebSocket step meets none of them).
 */
class GraphQlDoctorIT {
    private static JsonObject doctor(ScriptPeer server, String... options) throws Exception {
        String[] args = new String[4 + options.length];
        System.arraycopy(new String[] {"doctor", server.url("/graphql"), "--protocol", "graphql"}, 0, args, 0, 4);
        System.arraycopy(options, 0, args, 4, options.length);
        ChildJvm run = ChildJvm.run("256m", 60, args);
        JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
        report.addProperty("exit", run.exit());
        return report;
    }

    private static JsonObject lastStep(JsonObject report) {
        JsonArray steps = report.getAsJsonArray("steps");
        return steps.get(steps.size() - 1).getAsJsonObject();
    }

    @Test
    void theSessionOpensWithTheInitPayloadTheServerWants() throws Exception {
        try (ScriptPeer server = ScriptPeer.node("graphql_ws_server.js", "5000")) {
            JsonObject report = doctor(server, "--init", "{\"token\": \"let-me-in\"}", "--json");

            assertEquals(0, report.get("exit").getAsInt(), report.toString());
            assertEquals("protocol: graphql", lastStep(report).get("step").getAsString(), report.toString());
            assertEquals("ok", lastStep(report).get("status").getAsString(), report.toString());
        }
    }

    @Test
    void theLegacyServersRefusalIsTheCauseInItsWords() throws Exception {
        try (ScriptPeer server = ScriptPeer.node("graphql_legacy_server.js", "5000")) {
            JsonObject report = doctor(server, "--json");

            assertEquals(1, report.get("exit").getAsInt(), report.toString());
            assertEquals("protocol-rejected", report.get("cause").getAsString(), report.toString());
            assertEquals("failed", lastStep(report).get("status").getAsString(), report.toString());
            assertTrue(report.get("summary").getAsString().contains("The GraphQL server refused connection_init"
                    + " (connection_error): \"a token is needed: {\"token\": \"let-me-in\"}\""), report.toString());
        }
    }
}
