package dev.wscope.share.asyncapi;

import com.google.gson.JsonObject;
import dev.wscope.core.collection.Collection;
import dev.wscope.store.FormatProblem;
import dev.wscope.store.StoreException;
import dev.wscope.store.TextFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * AsyncAPI documents to and from files, for the command line and the window alike: an export is checked
 * against the official 3.0.0 schema before anything is written; an import reads 2.x or 3.x, YAML or JSON.
 * Blocking I/O.
 */
public final class AsyncApiFiles {
    private AsyncApiFiles() {
    }

    /** A collection made of a document, and where the document bends its schema (it is imported anyway). */
    public record Imported(Collection collection, List<String> schemaProblems, String version) {
    }

    /** The document as text, or the schema problems that kept it from being made (a bug to report). */
    public record Export(String text, List<String> schemaProblems) {
    }

    public static Export export(Collection collection, DocumentFormat format) {
        JsonObject document = AsyncApiExport.of(collection);
        List<String> problems = AsyncApiSchema.problems(document);
        return new Export(problems.isEmpty() ? AsyncApiText.write(document, format) : null, problems);
    }

    /** Writes the export to the file; returns the schema problems, when nothing was written because of them. */
    public static List<String> write(Collection collection, Path file, DocumentFormat format) throws StoreException {
        Export export = export(collection, format);
        if (export.schemaProblems().isEmpty()) {
            TextFiles.replace(file, export.text());
        }
        return export.schemaProblems();
    }

    public static Imported read(Path file) throws StoreException {
        try {
            JsonObject document = AsyncApiText.parse(TextFiles.read(file, AsyncApiText.MAX_CODE_POINTS, "document to import"));
            Collection collection = AsyncApiImport.of(document);
            List<String> problems = AsyncApiSchema.covers(document) ? AsyncApiSchema.problems(document) : List.of();
            return new Imported(collection, problems, document.get("asyncapi").getAsString());
        } catch (FormatProblem e) {
            throw new StoreException(file + ": " + e.getMessage());
        }
    }
}
