package dev.wscope.core.diagnosis;

import dev.wscope.core.timeline.Header;
import java.util.List;

/** The upgrade request exactly as the doctor wrote it. */
public record RawRequest(String line, List<Header> headers) {
    public RawRequest {
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
