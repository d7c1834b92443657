package dev.wscope;

import dev.wscope.cli.WscopeCommand;

/**
 * The launcher. A plain class (not a JavaFX Application) so the jar starts from the classpath; commands
 * run without ever loading the JavaFX toolkit, so they work with no display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            dev.wscope.ui.WscopeApp.launchWindow(args);
            return;
        }
        System.exit(WscopeCommand.execute(args));
    }
}
