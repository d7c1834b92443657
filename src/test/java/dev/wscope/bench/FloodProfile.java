package dev.wscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * With -Dbench.profile=DIR, a flight recording (JFR's "profile" settings) of each window flood alone, from
 * connect to the end marker's row, written to DIR/flood-N.jfr: a recording of the whole run is mostly the
 * windows opening. Read it with `jfr print --stack-depth 80 --events jdk.ExecutionSample FILE`.
 */
final class FloodProfile {
    private static int floods;
    private final Recording recording;
    private final Path file;

    private FloodProfile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    static FloodProfile startIfAsked() throws IOException, ParseException {
        String folder = System.getProperty("bench.profile");
        if (folder == null) {
            return new FloodProfile(null, null);
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        // floods last a fraction of a second: "profile"'s 10 ms between samples leaves too few of them
        recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
        recording.start();
        Files.createDirectories(Path.of(folder));
        return new FloodProfile(recording, Path.of(folder, "flood-" + ++floods + ".jfr"));
    }

    void stop() throws IOException {
        if (recording != null) {
            recording.stop();
            recording.dump(file);
            recording.close();
            System.out.println("flood profile: " + file);
        }
    }
}
