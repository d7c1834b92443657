package dev.wscope.share.asyncapi;

import java.util.Locale;
import java.util.Optional;

/** How an AsyncAPI document is written out. */
public enum DocumentFormat {
    YAML, JSON;

    public static Optional<DocumentFormat> byName(String name) {
        for (DocumentFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** JSON for a .json file name, else YAML. */
    public static DocumentFormat forFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
}
