package dev.wscope.core.payload;

/** The formats a message can be composed in; the label is what the composer's menu shows. */
public enum MessageFormat {
    TEXT("Text", "text", false),
    JSON("JSON", "json", false),
    XML("XML", "xml", false),
    HTML("HTML", "html", false),
    BASE64("Binary (Base64)", "base64", true),
    HEX("Binary (Hex)", "hex", true);

    private final String label;
    private final String id;
    private final boolean binary;

    MessageFormat(String label, String id, boolean binary) {
        this.label = label;
        this.id = id;
        this.binary = binary;
    }

    public String label() {
        return label;
    }

    /** The short name used on the command line (-m json:...) and in files. */
    public String id() {
        return id;
    }

    public boolean binary() {
        return binary;
    }

    /** The format for a short name, or null when there is none. */
    public static MessageFormat byId(String id) {
        for (MessageFormat format : values()) {
            if (format.id.equalsIgnoreCase(id)) {
                return format;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
