package dev.wscope.store;

/**
 * What is wrong with a file's content and where: a line and column for text that is not JSON, a JSON
 * path ($.items[2].format) for JSON that does not hold what Wscope expects.
 */
public final class FormatProblem extends RuntimeException {
    public FormatProblem(String message) {
        super(message);
    }
}
