package dev.wscope.cli;

import dev.wscope.core.collection.Collection;
import dev.wscope.share.asyncapi.AsyncApiFiles;
import dev.wscope.store.CollectionFiles;
import dev.wscope.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Makes a Wscope collection file of an AsyncAPI 2.x or 3.x document (YAML or JSON): one request",
            "per channel, saved messages from its messages and examples, environments from servers and parameters.",
            "Example: wscope import asyncapi.yaml -o market-data.json"})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "AsyncAPI document, YAML or JSON")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "COLLECTION.json",
            description = "collection file to write (an existing one is kept as COLLECTION.json.bak)")
    Path output;

    @Override
    public Integer call() {
        AsyncApiFiles.Imported imported;
        try {
            imported = AsyncApiFiles.read(input);
            CollectionFiles.write(output, imported.collection());
        } catch (StoreException e) {
            return CommandErrors.badInput("import", e.getMessage());
        }
        List<String> problems = imported.schemaProblems();
        if (!problems.isEmpty()) {
            // the import went ahead: documents in the wild often bend the schema a little
            System.err.println("wscope import: note: " + input + " does not follow the AsyncAPI " + imported.version()
                    + " schema in " + problems.size() + " place(s), first: " + CommandErrors.oneLine(problems.get(0)));
        }
        Collection collection = imported.collection();
        int messages = collection.requests().stream().mapToInt(r -> r.messages().size()).sum();
        System.out.println("imported " + collection.requests().size() + " request(s) with " + messages
                + " saved message(s) into " + output);
        return 0;
    }
}
