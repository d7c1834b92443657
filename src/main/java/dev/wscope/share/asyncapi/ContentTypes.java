package dev.wscope.share.asyncapi;

import dev.wscope.core.payload.MessageFormat;
import java.util.Locale;
import java.util.Optional;

/** Message formats and the media types AsyncAPI's contentType names. */
final class ContentTypes {
    private ContentTypes() {
    }

    static String of(MessageFormat format) {
        return switch (format) {
            case JSON -> "application/json";
            case TEXT -> "text/plain";
            case XML -> "application/xml";
            case HTML -> "text/html";
            case BASE64, HEX -> "application/octet-stream";
        };
    }

    /** The format for a media type ("application/json; charset=utf-8", "application/vnd.x+json" ...). */
    static Optional<MessageFormat> formatOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.empty();
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("application/json") || type.endsWith("+json")) {
            return Optional.of(MessageFormat.JSON);
        }
        if (type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml")) {
            return Optional.of(MessageFormat.XML);
        }
        if (type.equals("text/html")) {
            return Optional.of(MessageFormat.HTML);
        }
        if (type.startsWith("text/")) {
            return Optional.of(MessageFormat.TEXT);
        }
        return Optional.of(MessageFormat.BASE64);
    }
}
