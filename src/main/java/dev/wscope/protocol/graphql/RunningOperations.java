package dev.wscope.protocol.graphql;

import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.Subscription;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations started and not yet ended (by the server's complete or error, the user's complete, or the
 * connection's close), in the order started, for the window's subscription list. Any thread.
 */
final class RunningOperations {
    private final Map<String, Subscription> running = new LinkedHashMap<>();

    /** label: the operation as the summary shows it (its name, query and variables on one line). */
    synchronized void started(String id, String label) {
        running.put(id, new Subscription("#" + id + " " + label, new ProtocolMessage("complete", id)));
    }

    synchronized void ended(String id) {
        running.remove(id);
    }

    synchronized void clear() {
        running.clear();
    }

    synchronized List<Subscription> list() {
        return List.copyOf(running.values());
    }
}
