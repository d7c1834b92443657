package dev.wscope.bench;

import dev.wscope.cli.WscopeCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The same flood of 200,000 small messages taken by `wscope send --quiet`, raw and as Socket.IO events
 * (`--protocol socket.io`, from /flood?mode=socket.io), interleaved round by round in this JVM after warm-ups:
 * what the protocol layer costs a flood. Each rate runs from the command's start to its return (connecting
 * included, a few milliseconds against a flood of a few hundred); the CPU per message is this JVM's, every thread
 * (the flood server runs in a process of its own), the figure that spreads less on shared cores.
 */
final class CommandFloods {
    private static final int COUNT = 200_000;
    private static final int SIZE = 100;
    private static final String RAW_COUNT = "received " + (COUNT + 1) + ",";
    /** The open packet, the namespace's connect, the events and __END__. */
    private static final String SOCKET_IO_COUNT = "received " + (COUNT + 3) + ",";
    private static final int WARM_UPS = Integer.getInteger("bench.commandWarmUps", 10);

    private record Round(double messagesPerSecond, double cpuMicrosPerMessage) {
    }

    private CommandFloods() {
    }

    static void run(FloodServerProcess server, int rounds) {
        String query = "?n=" + COUNT + "&size=" + SIZE;
        String[] raw = {"send", "--quiet", "--wait", "60", server.url("/flood" + query)};
        String[] socketIo = {"send", "--quiet", "--wait", "60", "--protocol", "socket.io", "--socketio-path", "/flood",
            server.url("/" + query + "&mode=socket.io")};
        List<Round> raws = new ArrayList<>();
        List<Round> socketIos = new ArrayList<>();
        for (int round = -WARM_UPS; round < rounds; round++) {
            // each goes first in every other round: the first of a pair met a fuller heap and colder caches
            boolean rawFirst = Math.floorMod(round, 2) == 0;
            Round first = rawFirst ? round(raw, RAW_COUNT) : round(socketIo, SOCKET_IO_COUNT);
            Round second = rawFirst ? round(socketIo, SOCKET_IO_COUNT) : round(raw, RAW_COUNT);
            Round rawRound = rawFirst ? first : second;
            Round socketIoRound = rawFirst ? second : first;
            if (round >= 0) {
                raws.add(rawRound);
                socketIos.add(socketIoRound);
            }
        }
        double rawRate = median(raws, Round::messagesPerSecond);
        double socketIoRate = median(socketIos, Round::messagesPerSecond);
        System.out.printf("%nwscope send --quiet, %,d x %d B: raw %.0f msg/s, socket.io %.0f msg/s, ratio %.0f%%;"
                + " CPU us/msg raw/socket.io %.2f/%.2f%n", COUNT, SIZE, rawRate, socketIoRate, 100 * socketIoRate / rawRate,
                median(raws, Round::cpuMicrosPerMessage), median(socketIos, Round::cpuMicrosPerMessage));
        System.out.println("  each run, msg/s: raw " + each(raws) + ", socket.io " + each(socketIos));
    }

    /** One run of the command, which must have printed the expected count. */
    private static Round round(String[] args, String expected) {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long cpu = ThreadCpu.process();
        long start = System.nanoTime();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = WscopeCommand.execute(args);
        } finally {
            System.setOut(console);
        }
        long nanos = System.nanoTime() - start;
        long cpuNanos = ThreadCpu.process() - cpu;
        String printed = out.toString(StandardCharsets.UTF_8);
        if (exit != 0 || !printed.contains(expected)) {
            throw new IllegalStateException(String.join(" ", args) + ": exit " + exit + ", " + printed);
        }
        return new Round(COUNT * 1e9 / nanos, cpuNanos / 1e3 / COUNT);
    }

    private static List<String> each(List<Round> rounds) {
        return rounds.stream().map(round -> String.format("%.0f", round.messagesPerSecond())).toList();
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> figure) {
        List<Double> sorted = new ArrayList<>();
        rounds.forEach(round -> sorted.add(figure.applyAsDouble(round)));
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
