package dev.wscope.core.diagnosis;

/** What one differential probe got: the answer's status line, headers and body, or the error when none came. */
public record ProbeResult(Variation variation, RawResponse answer, String error) {
    public boolean accepted() {
        return answer != null && answer.status() == 101;
    }

    /** "101 Switching Protocols", or the error: the probe step's detail. */
    public String detail() {
        return answer == null ? error : answer.status() + " " + answer.reason();
    }
}
