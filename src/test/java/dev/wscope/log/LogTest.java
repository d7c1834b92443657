package dev.wscope.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.SecretMask;
import dev.wscope.core.variables.Variable;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log file in the data folder: what a failure leaves there, and what never reaches it. */
class LogTest {
    private static final String SECRET = "s3cr3t-token-" + System.nanoTime();

    @Test
    void aFailureLeavesItsCause_withNoSecretInIt() throws IOException {
        LogSecrets.remember("prod.json", SecretMask.of(List.of(new Environment("prod", List.of(Variable.secret("token", SECRET))))));
        String marker = "marker-" + System.nanoTime();
        LoggerFactory.getLogger(LogTest.class).warn("{}: connect to ws://bob:hunter22@example.com/ws failed", marker,
                new IOException("the server refused token " + SECRET + " (Authorization: Bearer " + SECRET + "x)"));

        String log = Files.readString(LogFiles.current());
        String entry = log.substring(log.lastIndexOf('\n', log.indexOf(marker)) + 1);
        assertTrue(entry.contains("WARN"), entry);
        assertTrue(entry.contains("java.io.IOException: the server refused token"), "the cause, with its stack: " + entry);
        assertTrue(entry.contains("at dev.wscope.log.LogTest"), entry);
        assertTrue(entry.contains("ws://bob:••••••@example.com/ws"), entry);
        assertFalse(log.contains(SECRET), "an environment's secret reached the log");
        assertFalse(log.contains("hunter22"), "an address's password reached the log");
    }

    @Test
    void scrub_masksCredentialHeadersInTextAndJson() {
        assertEquals("Authorization: ••••••", LogSecrets.scrub("Authorization: Bearer abc.def"));
        assertEquals("{\"cookie\": \"••••••\", \"a\": 1}", LogSecrets.scrub("{\"cookie\": \"sid=42; x=1\", \"a\": 1}"));
        assertEquals("wss://me:••••••@h:443/p?q=1", LogSecrets.scrub("wss://me:pa:ss@h:443/p?q=1"));
        assertEquals("plain text stays", LogSecrets.scrub("plain text stays"));
    }

    @Test
    void anUncaughtException_isLoggedWithItsThread() throws Exception {
        String marker = "boom-" + System.nanoTime();
        Thread thread = new Thread(() -> {
            throw new IllegalStateException(marker);
        }, "worker-under-test");
        thread.setUncaughtExceptionHandler(AppLog::uncaught);
        thread.start();
        thread.join(5000);

        String log = Files.readString(LogFiles.current());
        assertTrue(log.contains("uncaught in thread worker-under-test"), log);
        assertTrue(log.contains("java.lang.IllegalStateException: " + marker), log);
    }
}
