package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.wscope.testing.ChildJvm;
import dev.wscope.testing.DeflateBomb;
import dev.wscope.testing.HostilePeer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A server that answers permessage-deflate with a bomb: a 2 MiB frame that inflates to 2 GiB. */
class DeflateBombIT {
    private static final byte[] BOMB = DeflateBomb.ofMebibytes(2048);

    @Test
    void deflateBomb_closes1009AtTheLimit_withinASmallHeap() throws Exception {
        try (HostilePeer peer = new HostilePeer((head, out) -> {
            out.write(HostilePeer.switching(head, "Sec-WebSocket-Extensions: permessage-deflate\r\n"));
            out.write(HostilePeer.header(0xC2, BOMB.length, false)); // FIN, RSV1 (compressed), binary
            out.write(BOMB);
        })) {
            // 64 MiB of limit and what Tyrus buffers fit in 192 MiB of heap; 2 GiB inflated in one piece do not.
            ChildJvm run = ChildJvm.run("192m", 60, "send", peer.url("ws"), "--deflate", "--json", "--wait", "20");

            assertTrue(run.events("error").stream().anyMatch(error -> error.get("message").getAsString()
                    .startsWith("A compressed message inflated past the limit of 64.0 MiB")), run.toString());
            JsonObject closed = run.events("closed").get(0);
            assertEquals(1009, closed.get("code").getAsInt(), run.toString());
            assertEquals("client", closed.get("by").getAsString(), run.toString());
            assertTrue(run.events("received").isEmpty(), run.toString());
            assertEquals(1009, peer.clientCloseCode(Duration.ofSeconds(10)), run.toString());
            assertTrue(run.millis() < 15_000, "took " + run.millis() + " ms");
        }
    }
}
