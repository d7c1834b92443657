package dev.wscope.core.diagnosis;

import dev.wscope.core.timeline.Header;
import java.util.List;

/** The answer to the upgrade request: status line, headers as received, the first 4 KiB of the body. */
public record RawResponse(int status, String reason, List<Header> headers, String body) {
    public RawResponse {
        headers = List.copyOf(headers);
    }

    /** The first value of a header, any case; null when absent. */
    public String header(String name) {
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return header.value();
            }
        }
        return null;
    }
}
