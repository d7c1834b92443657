package dev.wscope.cli;

/** Bad input ends a command with one line on stderr, "wscope COMMAND: what is wrong", and exit status 2. */
final class CommandErrors {
    private CommandErrors() {
    }

    static int badInput(String command, String message) {
        System.err.println("wscope " + command + ": " + oneLine(message));
        return WscopeCommand.EXIT_USAGE;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
