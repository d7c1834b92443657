package dev.wscope.cli;

import dev.wscope.share.html.HtmlDocs;
import dev.wscope.store.CollectionFiles;
import dev.wscope.store.StoreException;
import dev.wscope.store.TextFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "docs", mixinStandardHelpOptions = true,
        description = {"Writes a collection as one self-contained HTML page (no scripts, no outside files): an index,",
            "then each request's address, params, headers, spec fields, description and saved messages.",
            "Secret values are never written. Example: wscope docs market-data.json -o market-data.html"})
final class DocsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COLLECTION.json", description = "collection file")
    Path collection;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.html", description = "page to write")
    Path output;

    @Override
    public Integer call() {
        try {
            TextFiles.replace(output, HtmlDocs.of(CollectionFiles.read(collection)));
        } catch (StoreException e) {
            return CommandErrors.badInput("docs", e.getMessage());
        }
        System.out.println("wrote " + output);
        return 0;
    }
}
