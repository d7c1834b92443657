package dev.wscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.PayloadBudget;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStorageTest {
    @TempDir
    Path home;

    private PayloadBudget budgetFor(String value) {
        Properties properties = new Properties();
        if (value != null) {
            properties.setProperty(SessionStorage.MEMORY_PROPERTY, value);
        }
        return SessionStorage.budget(new DataFolder(home), properties);
    }

    @Test
    void budget_comesFromThePropertyInMebibytes_elseDefaults() {
        assertEquals(256L << 20, budgetFor(null).memoryBytes());
        assertEquals(8L << 20, budgetFor(" 8 ").memoryBytes());
        assertEquals(256L << 20, budgetFor("lots").memoryBytes(), "a mistyped value gives the default");
        assertEquals(0, budgetFor("-3").memoryBytes());
        assertEquals(home.resolve("sessions"), budgetFor("8").spillFiles().folder());
    }

    @Test
    void sweep_deletesOldSpillFilesNoOneHolds_andNothingElse() throws Exception {
        Path sessions = Files.createDirectories(home.resolve("sessions"));
        Instant now = Instant.now();
        FileTime twoDaysAgo = FileTime.from(now.minus(Duration.ofDays(2)));
        Path stale = Files.writeString(sessions.resolve("session-old" + DiskSessionFile.SPILL_SUFFIX), "{}\n");
        Path fresh = Files.writeString(sessions.resolve("session-new" + DiskSessionFile.SPILL_SUFFIX), "{}\n");
        Path saved = Files.writeString(sessions.resolve("my-session.ndjson"), "{}\n");
        Files.setLastModifiedTime(stale, twoDaysAgo);
        Files.setLastModifiedTime(saved, twoDaysAgo);

        SessionTimeline live = new SessionTimeline(new PayloadBudget(0, new SpillFolder(sessions)));
        for (int i = 0; i < 5_000; i++) {
            live.append(TimelineEvent.Message.text(Direction.IN, "spilled " + i + " ".repeat(60)));
        }
        Waits.until("the live timeline's spill file", () -> live.spillFile().isPresent(), Duration.ofSeconds(30));
        Path inUse = live.spillFile().orElseThrow();
        Files.setLastModifiedTime(inUse, twoDaysAgo);

        assertEquals(1, SessionStorage.sweepStale(sessions, SessionStorage.STALE_AFTER, now));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh), "a day has not passed");
        assertTrue(Files.exists(saved), "only spill files are swept");
        assertTrue(Files.exists(inUse), "a running session's file is locked");
        live.discard();
        assertFalse(Files.exists(inUse));
    }

    @Test
    void sweep_ofAMissingFolder_doesNothing() {
        assertEquals(0, SessionStorage.sweepStale(home.resolve("none"), Duration.ZERO, Instant.now()));
    }
}
