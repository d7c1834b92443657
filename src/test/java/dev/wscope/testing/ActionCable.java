package dev.wscope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Rails Action Cable app (Debian's ruby-actioncable 6.1 under puma 5.6, src/test/ruby/action_cable.ru)
 * on 127.0.0.1, mounted at /cable, with its Rails log in its folder so a test can read the line Rails wrote: an
 * EchoChannel whose speak broadcasts to its room, a SecretChannel that rejects, and /cable?members_only refusing a
 * connection without a "user" cookie.
 */
public final class ActionCable extends ServerProcess {
    private static final Path APP = Path.of("src/test/ruby/action_cable.ru").toAbsolutePath();

    private ActionCable(LocalServer server) {
        super(server);
    }

    /** The app allowing these origins (config.action_cable.allowed_request_origins), or Rails' default if none. */
    public static ActionCable start(String... allowedOrigins) throws IOException, InterruptedException {
        return start(List.of(), allowedOrigins);
    }

    /** The app sending its pings every interval instead of Rails' 3 s (ActionCable::Server::Connections::BEAT_INTERVAL). */
    public static ActionCable beatingEvery(Duration interval) throws IOException, InterruptedException {
        return start(List.of("CABLE_BEAT_INTERVAL=" + interval.toMillis() / 1000.0));
    }

    private static ActionCable start(List<String> settings, String... allowedOrigins) throws IOException, InterruptedException {
        String puma = LocalServer.binary("puma ruby-actioncable", "/usr/bin/puma");
        Path folder = LocalServer.folder("actioncable");
        int port = LocalServer.freePort();
        List<String> environment = new ArrayList<>(List.of("CABLE_LOG=" + folder.resolve("rails.log")));
        environment.addAll(settings);
        if (allowedOrigins.length > 0) {
            environment.add("CABLE_ALLOWED_ORIGINS=" + String.join(",", allowedOrigins));
        }
        return new ActionCable(LocalServer.start("actioncable", folder, port, List.of(puma, "-e", "production",
                "-b", "tcp://127.0.0.1:" + port, APP.toString()), environment));
    }

    /** ws://127.0.0.1:port/cable */
    public String url() {
        return url("/cable");
    }

    /** What Rails logged so far (its "Request origin not allowed" and "Failed to upgrade" lines). */
    public String railsLog() throws IOException {
        Path log = folder().resolve("rails.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
