package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.workspace.OpenTab;
import dev.wscope.core.workspace.Theme;
import dev.wscope.core.workspace.WindowBounds;
import dev.wscope.core.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The window's remembered state in workspace.json of the data folder, owner-only (the open tabs may hold
 * what a user pasted, a token say). A file that cannot be read is moved aside as workspace.json.unreadable,
 * never overwritten, and the window starts fresh. Blocking I/O: call it off the FX thread, or at start-up.
 */
public final class WorkspaceFile {
    static final int SCHEMA_VERSION = 1;

    private final Path file;
    private final AtomicFile writer;

    public WorkspaceFile(DataFolder folder) {
        this(folder.path().resolve("workspace.json"), AtomicFile.standard());
    }

    WorkspaceFile(Path file, AtomicFile writer) {
        this.file = file;
        this.writer = writer;
    }

    /** The state last written; empty on a first run, or (after setting it aside) when it cannot be read. */
    public Optional<Workspace> read() throws StoreException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonElement root = JsonDocuments.parse(TextFiles.read(file));
            return Optional.of(fromJson(JsonFields.root(root.getAsJsonObject())));
        } catch (FormatProblem | IllegalStateException | StoreException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                throw new StoreException(file + " cannot be read (" + e.getMessage() + ") nor moved aside: "
                        + TextFiles.reason(moveFailed), moveFailed);
            }
            throw new StoreException(file.getFileName() + " could not be read (" + e.getMessage() + "): the window"
                    + " starts fresh, and the file was kept as " + aside.getFileName());
        }
    }

    public void write(Workspace workspace) throws StoreException {
        byte[] content = JsonDocuments.pretty(toJson(workspace)).getBytes(StandardCharsets.UTF_8);
        try {
            writer.write(file, content, true);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + TextFiles.reason(e), e);
        }
    }

    private static JsonObject toJson(Workspace workspace) {
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", SCHEMA_VERSION);
        root.addProperty("theme", workspace.theme().id());
        if (workspace.window() != null) {
            JsonObject window = new JsonObject();
            window.addProperty("x", workspace.window().x());
            window.addProperty("y", workspace.window().y());
            window.addProperty("width", workspace.window().width());
            window.addProperty("height", workspace.window().height());
            window.addProperty("maximized", workspace.window().maximized());
            root.add("window", window);
        }
        JsonArray dividers = new JsonArray();
        workspace.dividers().forEach(dividers::add);
        root.add("dividers", dividers);
        JsonArray recent = new JsonArray();
        workspace.recentUrls().forEach(recent::add);
        root.add("recentUrls", recent);
        JsonArray tabs = new JsonArray();
        workspace.tabs().forEach(tab -> tabs.add(tabJson(tab)));
        root.add("tabs", tabs);
        root.addProperty("selectedTab", workspace.selectedTab());
        JsonArray sessions = new JsonArray();
        workspace.savedSessions().forEach(sessions::add);
        root.add("savedSessions", sessions);
        return root;
    }

    private static JsonObject tabJson(OpenTab tab) {
        JsonObject json = new JsonObject();
        if (tab.opened() != null) {
            json.add("opened", ItemJson.writeRequest(tab.opened()));
        }
        json.add("edited", ItemJson.writeRequest(tab.edited()));
        json.addProperty("composerFormat", tab.composer().format().id());
        json.addProperty("composerBody", tab.composer().body());
        if (tab.composer().isProtocolMessage()) {
            json.addProperty("composerVerb", tab.composer().verb());
        }
        json.addProperty("loadedMessage", tab.loadedMessage());
        if (tab.environment() != null) {
            json.addProperty("environment", tab.environment());
        }
        return json;
    }

    private static Workspace fromJson(JsonFields root) {
        root.schemaVersionUpTo(SCHEMA_VERSION);
        WindowBounds window = root.object("window").map(w -> new WindowBounds(w.decimal("x", 0), w.decimal("y", 0),
                w.decimal("width", 1280), w.decimal("height", 800), w.bool("maximized", false))).orElse(null);
        List<Double> dividers = root.decimals("dividers");
        List<OpenTab> tabs = new ArrayList<>();
        for (JsonFields tab : root.objects("tabs")) {
            MessageFormat format = MessageFormat.byId(tab.string("composerFormat", "text"));
            tabs.add(new OpenTab(tab.object("opened").map(ItemJson::readRequest).orElse(null),
                    tab.object("edited").map(ItemJson::readRequest).orElseThrow(() -> tab.problem("edited", "is missing")),
                    new SavedMessage("", format == null ? MessageFormat.TEXT : format, tab.string("composerBody", ""), false,
                            tab.string("composerVerb", "")),
                    tab.integer("loadedMessage", -1), tab.string("environment", null)));
        }
        return new Workspace(Theme.byId(root.string("theme", "light")), window, dividers, root.strings("recentUrls"),
                tabs, root.integer("selectedTab", 0), root.strings("savedSessions"));
    }
}
