package dev.wscope.bench;

import dev.wscope.cli.WscopeCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The same flood of 200,000 small messages taken by `wscope send --quiet`, raw and as Socket.IO events
 * (`--protocol socket.io`, from /flood?mode=socket.io), interleaved round by round in this JVM after warm-ups:
 * what the protocol layer costs a flood. Each rate runs from the command's start to its return (connecting
 * included, a few milliseconds against a flood of a few hundred).
 */
final class CommandFloods {
    private static final int COUNT = 200_000;
    private static final int SIZE = 100;
    private static final int WARM_UPS = Integer.getInteger("bench.commandWarmUps", 10);

    private CommandFloods() {
    }

    static void run(FloodServerProcess server, int rounds) {
        String query = "?n=" + COUNT + "&size=" + SIZE;
        String[] raw = {"send", "--quiet", "--wait", "60", server.url("/flood" + query)};
        String[] socketIo = {"send", "--quiet", "--wait", "60", "--protocol", "socket.io", "--socketio-path", "/flood",
            server.url("/" + query + "&mode=socket.io")};
        List<Double> rawRates = new ArrayList<>();
        List<Double> socketIoRates = new ArrayList<>();
        for (int round = -WARM_UPS; round < rounds; round++) {
            double rawRate = rate(raw, "received " + (COUNT + 1) + ",");
            double socketIoRate = rate(socketIo, "received " + (COUNT + 3) + ","); // open, connect, the events, __END__
            if (round >= 0) {
                rawRates.add(rawRate);
                socketIoRates.add(socketIoRate);
            }
        }
        double rawMedian = median(rawRates);
        double socketIoMedian = median(socketIoRates);
        System.out.printf("%nwscope send --quiet, %,d x %d B: raw %.0f msg/s, socket.io %.0f msg/s, ratio %.0f%%%n", COUNT, SIZE,
                rawMedian, socketIoMedian, 100 * socketIoMedian / rawMedian);
        System.out.println("  each run, msg/s: raw " + rounded(rawRates) + ", socket.io " + rounded(socketIoRates));
    }

    /** Messages a second of one run of the command, which must have printed the expected count. */
    private static double rate(String[] args, String expected) {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = WscopeCommand.execute(args);
        } finally {
            System.setOut(console);
        }
        long nanos = System.nanoTime() - start;
        String printed = out.toString(StandardCharsets.UTF_8);
        if (exit != 0 || !printed.contains(expected)) {
            throw new IllegalStateException(String.join(" ", args) + ": exit " + exit + ", " + printed);
        }
        return COUNT * 1e9 / nanos;
    }

    private static List<String> rounded(List<Double> rates) {
        return rates.stream().map(rate -> String.format("%.0f", rate)).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
