package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.StepStatus;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.testing.HostilePeer;
import org.junit.jupiter.api.Test;

/** What RFC 6455 tells a client to refuse, from raw-socket servers that complete a proper handshake first. */
class DoctorRefusesIT {
    private static DoctorReport examine(HostilePeer.Script script) throws Exception {
        try (HostilePeer peer = new HostilePeer(script)) {
            return new Doctor(Audience.COMMAND_LINE).examine(ConnectRequest.of(peer.url("ws")));
        }
    }

    @Test
    void maskedFrameFromTheServer_failsTheWebSocketStep() throws Exception {
        DoctorReport report = examine((head, out) -> {
            out.write(HostilePeer.switching(head, ""));
            out.write(HostilePeer.header(0x88, 2, true));
            out.write(new byte[] {0x03, (byte) 0xe8});
        });

        assertFalse(report.ok());
        assertEquals("protocol-violation", report.diagnosis().cause().code());
        assertTrue(report.diagnosis().summary().startsWith("The server sent a masked frame"), report.diagnosis().summary());
        assertEquals(StepStatus.FAILED, report.steps().get(report.steps().size() - 1).status());
    }

    @Test
    void extensionNotOffered_failsTheUpgrade_namingIt() throws Exception {
        DoctorReport report = examine((head, out) -> out.write(HostilePeer.switching(head,
                "Sec-WebSocket-Extensions: permessage-deflate\r\n")));

        assertFalse(report.ok());
        assertEquals("extension-mismatch", report.diagnosis().cause().code());
        assertTrue(report.diagnosis().summary().contains("\"permessage-deflate\", which Wscope did not offer (it offered"
                + " none)"), report.diagnosis().summary());
    }
}
