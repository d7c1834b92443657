package dev.wscope.cli;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.UnresolvedVariable;
import dev.wscope.core.variables.VariableResolver;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.DataFolder;
import dev.wscope.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * `send` of a request saved in a collection, as the window saved it: its address, rows, options and protocol, and
 * its messages in their protocol form, with this machine's secrets and an environment's variables.
 */
final class SavedRequestOptions {
    @Option(names = "--collection", paramLabel = "FILE", description = "collection file holding the request to send"
            + " (with --request)")
    Path collection;

    @Option(names = "--request", paramLabel = "NAME", description = "the saved request to send, by name: its address,"
            + " headers, options and protocol, then its saved messages in order")
    String request;

    @Option(names = "--env", paramLabel = "NAME", description = "environment whose variables fill {{name}} (default:"
            + " the collection's first)")
    String environment;

    @Option(names = "--saved-message", paramLabel = "NAME", description = "send only this saved message (repeatable,"
            + " in order; default: every message of the request that is not an example from the server)")
    List<String> messageNames = new ArrayList<>();

    /** The saved request resolved; IllegalArgumentException with words for the user. */
    record Resolved(ConnectRequest request, List<String> messageSpecs) {
    }

    boolean given() {
        return collection != null || request != null;
    }

    Resolved resolve() {
        if (collection == null || request == null) {
            throw new IllegalArgumentException("--collection FILE and --request NAME go together");
        }
        Collection loaded;
        try {
            loaded = new CollectionStore(DataFolder.current()).load(collection);
        } catch (StoreException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        SavedRequest saved = loaded.requests().stream().filter(r -> r.name().equals(request)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no request \"" + request + "\" in " + collection
                        + "; it has: " + String.join(", ", loaded.requests().stream().map(SavedRequest::name).toList())));
        VariableResolver variables = VariableResolver.of(environment(loaded));
        ConnectRequest typed = saved.connectRequest();
        List<UnresolvedVariable> missing = new ArrayList<>(variables.unresolved(typed));
        List<String> specs = new ArrayList<>();
        for (SavedMessage message : messages(saved)) {
            missing.addAll(variables.unresolved(message.body(), "message " + message.name()));
            specs.add((message.isProtocolMessage() ? message.verb() : message.format().id()) + ":"
                    + variables.resolve(message.body()));
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no value for {{" + missing.get(0).name() + "}} (" + missing.get(0).where()
                    + "): pick an environment that has it with --env");
        }
        return new Resolved(variables.resolve(typed), specs);
    }

    private Environment environment(Collection loaded) {
        if (environment == null) {
            return loaded.environments().isEmpty() ? new Environment("", List.of()) : loaded.environments().get(0);
        }
        return loaded.environment(environment).orElseThrow(() -> new IllegalArgumentException("no environment \""
                + environment + "\" in " + collection + "; it has: "
                + String.join(", ", loaded.environments().stream().map(Environment::name).toList())));
    }

    private List<SavedMessage> messages(SavedRequest saved) {
        List<SavedMessage> toSend = saved.messages().stream().filter(m -> !m.fromServer()).toList();
        if (messageNames.isEmpty()) {
            return toSend;
        }
        List<SavedMessage> chosen = new ArrayList<>();
        for (String name : messageNames) {
            chosen.add(toSend.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("no message \"" + name + "\" in the request \"" + request + "\"")));
        }
        return chosen;
    }
}
