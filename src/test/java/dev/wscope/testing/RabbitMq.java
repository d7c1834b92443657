package dev.wscope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real RabbitMQ broker (Debian's rabbitmq-server 3.10) with its rabbitmq_web_stomp plugin: STOMP over WebSocket at
 * ws://127.0.0.1:port/ws, user guest/guest, virtual host "/". It runs as this user's own node, never the system
 * service: its configuration, database, logs, enabled plugins and Erlang cookie (HOME) in its folder, every
 * listener on 127.0.0.1, and its own epmd (Erlang's port mapper) on a free port, started first so that the node
 * never starts a detached one that would outlive the test.
 */
public final class RabbitMq extends ServerProcess {
    private static final String SERVER = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    /** An Erlang node boots its applications and plugins before the WebSocket listener opens: about 7 s here. */
    private static final Duration BOOT_DEADLINE = Duration.ofSeconds(60);

    private RabbitMq(LocalServer server) {
        super(server);
    }

    public static RabbitMq start() throws IOException, InterruptedException {
        String server = LocalServer.binary("rabbitmq-server", SERVER);
        String epmd = LocalServer.binary("erlang-base (with rabbitmq-server)", "/usr/bin/epmd");
        Path folder = LocalServer.folder("rabbitmq");
        int webStomp = LocalServer.freePort();
        int epmdPort = LocalServer.freePort();
        Files.writeString(folder.resolve("rabbitmq.conf"), String.join("\n",
                "listeners.tcp = none",
                "stomp.listeners.tcp = none",
                "web_stomp.tcp.ip = 127.0.0.1",
                "web_stomp.tcp.port = " + webStomp,
                ""));
        Files.writeString(folder.resolve("enabled_plugins"), "[rabbitmq_web_stomp].\n");
        // epmd first, in the foreground (a child the harness stops), and the node only once it answers
        String script = epmd + " -address 127.0.0.1 -port " + epmdPort + " & "
                + "until " + epmd + " -port " + epmdPort + " -names >/dev/null 2>&1; do sleep 0.1; done; exec " + server;
        List<String> environment = List.of(
                "HOME=" + folder,
                "ERL_EPMD_PORT=" + epmdPort,
                "ERL_EPMD_ADDRESS=127.0.0.1",
                "RABBITMQ_NODENAME=wscope-" + webStomp + "@localhost",
                "RABBITMQ_NODE_IP_ADDRESS=127.0.0.1",
                "RABBITMQ_NODE_PORT=" + LocalServer.freePort(),
                "RABBITMQ_DIST_PORT=" + LocalServer.freePort(),
                "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}",
                "RABBITMQ_CONF_ENV_FILE=" + folder.resolve("rabbitmq-env.conf"),
                "RABBITMQ_CONFIG_FILE=" + folder.resolve("rabbitmq.conf"),
                "RABBITMQ_ADVANCED_CONFIG_FILE=" + folder.resolve("advanced.config"),
                "RABBITMQ_ENABLED_PLUGINS_FILE=" + folder.resolve("enabled_plugins"),
                "RABBITMQ_MNESIA_BASE=" + folder.resolve("mnesia"),
                "RABBITMQ_LOG_BASE=" + folder.resolve("logs"),
                "RABBITMQ_LOGS=-");
        return new RabbitMq(LocalServer.start("rabbitmq", folder, webStomp, List.of("/bin/sh", "-c", script), environment, BOOT_DEADLINE));
    }

    /** ws://127.0.0.1:port/ws, where rabbitmq_web_stomp listens. */
    public String url() {
        return url("/ws");
    }
}
