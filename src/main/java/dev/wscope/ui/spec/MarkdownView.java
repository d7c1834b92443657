package dev.wscope.ui.spec;

import java.util.List;
import javafx.scene.layout.VBox;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * A rendered Markdown description: commonmark parses it (the same parser as the HTML docs, GitHub tables
 * included) and MarkdownBlocks turns the tree into JavaFX nodes. Raw HTML is shown as text, never run.
 */
public final class MarkdownView extends VBox {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    public MarkdownView() {
        getStyleClass().add("markdown");
        setSpacing(8);
    }

    public void show(String markdown) {
        getChildren().setAll(MarkdownBlocks.render(PARSER.parse(markdown == null ? "" : markdown)));
    }
}
