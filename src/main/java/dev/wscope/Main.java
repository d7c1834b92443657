package dev.wscope;

import dev.wscope.cli.WscopeCommand;
import dev.wscope.log.AppLog;
import dev.wscope.log.LogFiles;
import dev.wscope.ui.app.FirstFrame;

/**
 * The launcher. A plain class (not a JavaFX Application) so the jar starts from the classpath; commands
 * run without ever loading the JavaFX toolkit, so they work with no display. It owns the process's standard
 * streams with the commands: the window's start-up probe writes through it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // Logback's start costs 100-150 ms: off the way to the first frame (lines logged meanwhile wait for it)
            Thread log = new Thread(() -> AppLog.start("window"), "log-start");
            log.setDaemon(true);
            log.start();
            FirstFrame.reportTo(line -> {
                System.out.println(line);
                System.out.flush();
            });
            dev.wscope.ui.app.WscopeApp.launchWindow(args);
            return;
        }
        LogFiles.forCommands();
        AppLog.start("command " + args[0]);
        System.exit(WscopeCommand.execute(args));
    }
}
