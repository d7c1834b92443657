package dev.wscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: `wscope COMMAND ...`. Exit 0 success, 1 the checked thing failed, 2 bad usage or input. */
@Command(name = "wscope", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "WebSocket API debugging client. With no command, opens the window.",
        subcommands = {ServeCommand.class, SendCommand.class, DoctorCommand.class, ImportCommand.class,
            AsyncApiCommand.class, DocsCommand.class})
public final class WscopeCommand implements Runnable {
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int execute(String... args) {
        CommandLine line = new CommandLine(new WscopeCommand());
        line.setParameterExceptionHandler((e, a) -> {
            // One line, as the contract asks of exit status 2; the hint rides along at its end.
            String command = e.getCommandLine().getParent() == null ? "wscope"
                    : "wscope " + e.getCommandLine().getCommandName();
            e.getCommandLine().getErr().println(command + ": " + e.getMessage() + " (try '" + command + " --help')");
            e.getCommandLine().getErr().flush();
            return EXIT_USAGE;
        });
        return line.execute(args);
    }
}
