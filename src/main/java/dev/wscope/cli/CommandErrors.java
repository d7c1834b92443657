package dev.wscope.cli;

import dev.wscope.core.text.ControlChars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command ends in error with one line on stderr, "wscope COMMAND: what is wrong": exit status 2 for bad input,
 * 1 when the checked thing failed.
 */
final class CommandErrors {
    private static final Logger LOG = LoggerFactory.getLogger(CommandErrors.class);

    private CommandErrors() {
    }

    static int badInput(String command, String message) {
        return report(command, message, WscopeCommand.EXIT_USAGE, null);
    }

    static int failed(String command, String message) {
        return report(command, message, WscopeCommand.EXIT_FAILED, null);
    }

    /** The same, and the log keeps the cause's stack trace. */
    static int failed(String command, String message, Throwable cause) {
        return report(command, message, WscopeCommand.EXIT_FAILED, cause);
    }

    /** The line on stderr, and one in the log with the cause when there is one. */
    private static int report(String command, String message, int exit, Throwable cause) {
        String line = oneLine(message);
        LOG.warn("wscope {} {}: {}", command, exit == WscopeCommand.EXIT_USAGE ? "refused its input" : "failed", line,
                cause);
        System.err.println("wscope " + command + ": " + line);
        return exit;
    }

    /** The message on one line with control characters escaped: it may quote a server or a file. */
    static String oneLine(String message) {
        return message == null ? "" : ControlChars.escape(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
