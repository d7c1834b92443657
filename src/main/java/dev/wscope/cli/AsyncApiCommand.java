package dev.wscope.cli;

import dev.wscope.share.asyncapi.DocumentFormat;
import dev.wscope.share.asyncapi.AsyncApiFiles;
import dev.wscope.store.CollectionFiles;
import dev.wscope.store.StoreException;
import dev.wscope.store.TextFiles;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "asyncapi", mixinStandardHelpOptions = true,
        description = {"Writes a collection as an AsyncAPI 3.0 document, checked against the official schema:",
            "servers from the addresses, a channel per request, its saved messages with examples. Secret values",
            "are never written. Example: wscope asyncapi market-data.json -o asyncapi.yaml"})
final class AsyncApiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COLLECTION.json", description = "collection file")
    Path collection;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "file to write (default: standard output)")
    Path output;

    @Option(names = "--format", paramLabel = "yaml|json",
            description = "document format (default: json for a .json output file, else yaml)")
    String format;

    @Override
    public Integer call() {
        Optional<DocumentFormat> chosen = format == null
                ? Optional.of(output == null ? DocumentFormat.YAML : DocumentFormat.forFileName(output.toString()))
                : DocumentFormat.byName(format);
        if (chosen.isEmpty()) {
            return CommandErrors.badInput("asyncapi", "--format takes yaml or json, not \"" + format + "\"");
        }
        AsyncApiFiles.Export export;
        try {
            export = AsyncApiFiles.export(CollectionFiles.read(collection), chosen.get());
        } catch (StoreException e) {
            return CommandErrors.badInput("asyncapi", e.getMessage());
        }
        if (!export.schemaProblems().isEmpty()) {
            System.err.println("wscope asyncapi: the export does not follow the AsyncAPI 3.0.0 schema, so it was not"
                    + " written (please report this): " + CommandErrors.oneLine(export.schemaProblems().get(0)));
            return WscopeCommand.EXIT_FAILED;
        }
        if (output == null) {
            System.out.print(export.text());
            System.out.flush();
            return 0;
        }
        try {
            TextFiles.replace(output, export.text());
        } catch (StoreException e) {
            return CommandErrors.badInput("asyncapi", e.getMessage());
        }
        System.out.println("wrote " + output);
        return 0;
    }
}
