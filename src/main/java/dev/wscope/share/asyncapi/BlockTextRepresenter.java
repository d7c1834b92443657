package dev.wscope.share.asyncapi;

import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/** Writes text with line breaks (Markdown descriptions, message bodies) as readable "|" blocks. */
final class BlockTextRepresenter extends StandardRepresenter {
    BlockTextRepresenter(DumpSettings settings) {
        super(settings);
        representers.put(String.class, data -> {
            String text = (String) data;
            return representScalar(Tag.STR, text, text.contains("\n") ? ScalarStyle.LITERAL : ScalarStyle.PLAIN);
        });
    }
}
