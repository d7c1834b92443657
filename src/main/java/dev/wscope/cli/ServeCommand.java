package dev.wscope.cli;

import dev.wscope.server.TestServer;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the local WebSocket test server until stopped (Ctrl+C).",
            "Paths: /echo echoes every frame; /mirror first sends the handshake it received as JSON, then echoes;",
            "/flood?n=N&size=BYTES&mode=text|json|binary floods; /close?code=C&reason=R closes with that code;",
            "/drop drops the socket with no close frame; /status/CODE answers the handshake with that HTTP status.",
            "A plain GET (no upgrade) answers 426 with a JSON body of the request it saw."})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8765;

    @Option(names = "--host", description = "Address to bind (default ${DEFAULT-VALUE}); only this one.")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = DEFAULT_PORT;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            System.err.println("wscope serve: port " + port + " is out of range: use 0 to 65535");
            return WscopeCommand.EXIT_USAGE;
        }
        TestServer server;
        try {
            server = TestServer.start(host, port);
        } catch (IOException e) {
            System.err.println("wscope serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return WscopeCommand.EXIT_FAILED;
        }
        System.out.println("listening on " + server.url(""));
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
