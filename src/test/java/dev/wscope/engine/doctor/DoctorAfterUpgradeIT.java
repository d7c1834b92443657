package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorStep;
import dev.wscope.core.diagnosis.StepStatus;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.testing.HostilePeer;
import dev.wscope.testing.ScriptPeer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a server sends right after its 101, read before the doctor's own close: a real Socket.IO 4 server that
 * writes an HTTP 400 into the connection, a real Python websockets server that closes at once, raw peers.
 */
class DoctorAfterUpgradeIT {
    private static ScriptPeer socketIo;
    private final Doctor doctor = new Doctor(Audience.COMMAND_LINE);

    @BeforeAll
    static void startSocketIo() throws Exception {
        socketIo = ScriptPeer.node("socketio-server.js");
    }

    @AfterAll
    static void stopSocketIo() throws Exception {
        socketIo.close();
    }

    private DoctorReport examine(String url, String... subprotocols) {
        return doctor.examine(new ConnectRequest(url, List.of(), List.of(), List.of(subprotocols), ConnectOptions.defaults()));
    }

    private static DoctorStep websocketStep(DoctorReport report) {
        DoctorStep last = report.steps().get(report.steps().size() - 1);
        assertEquals("websocket", last.step());
        return last;
    }

    @Test
    void socketIo4_askedForEngineIo3_writesHttp400AfterThe101_andTheDoctorQuotesIt() {
        DoctorReport report = examine(socketIo.url("/socket.io/?EIO=3&transport=websocket"));

        assertFalse(report.ok(), () -> report.summary());
        assertEquals("socket-io-handshake", report.diagnosis().cause().code());
        assertEquals(101, report.response().status());
        assertTrue(report.diagnosis().summary().contains("\"HTTP/1.1 400 Bad Request"), report.diagnosis().summary());
        assertTrue(report.diagnosis().summary().contains("Unsupported protocol version"), report.diagnosis().summary());
        assertTrue(report.diagnosis().summary().contains("EIO=3"), report.diagnosis().summary());
        assertTrue(report.diagnosis().fix().contains("/socket.io/?EIO=4&transport=websocket"), report.diagnosis().fix());
        DoctorStep step = websocketStep(report);
        assertEquals(StepStatus.FAILED, step.status());
        assertTrue(step.detail().contains("not WebSocket frames") && step.detail().contains("HTTP/1.1 400"), step.detail());
    }

    @Test
    void socketIo4_withItsQuery_isHealthy_andTheStepSaysWhatCameFirst() {
        DoctorReport report = examine(socketIo.url("/socket.io/?EIO=4&transport=websocket"));

        assertTrue(report.ok(), () -> String.valueOf(report.diagnosis()));
        assertTrue(websocketStep(report).detail().contains("1 text message"), websocketStep(report).detail());
    }

    @Test
    void socketIo4_withoutItsQuery_saysWhatSocketIoExpects() {
        DoctorReport report = examine(socketIo.url("/socket.io/"));

        assertEquals("socket-io-handshake", report.diagnosis().cause().code());
        assertTrue(report.diagnosis().summary().contains("\"Transport unknown\""), report.diagnosis().summary());
        assertFalse(report.diagnosis().summary().contains("plain HTTP"), report.diagnosis().summary());
        assertTrue(report.diagnosis().fix().contains("/socket.io/?EIO=4&transport=websocket"), report.diagnosis().fix());
    }

    @Test
    void socketIo4_withAnUnknownSessionId_saysToLeaveItOut() {
        DoctorReport report = examine(socketIo.url("/socket.io/?EIO=4&transport=websocket&sid=gone"));

        assertEquals("socket-io-handshake", report.diagnosis().cause().code(), () -> String.valueOf(report.diagnosis()));
        assertTrue(report.diagnosis().summary().contains("\"Session ID unknown\""), report.diagnosis().summary());
        assertTrue(report.diagnosis().fix().startsWith("Leave sid out"), report.diagnosis().fix());
    }

    @Test
    void socketIo4_askedForPollingOverAWebSocket_closesAtOnce_andTheDoctorSaysWhy() {
        DoctorReport report = examine(socketIo.url("/socket.io/?EIO=4&transport=polling"));

        assertEquals("socket-io-handshake", report.diagnosis().cause().code(), () -> String.valueOf(report.diagnosis()));
        assertTrue(report.diagnosis().summary().contains("closed the connection with 1005"), report.diagnosis().summary());
        assertTrue(report.diagnosis().summary().contains("transport=polling"), report.diagnosis().summary());
        assertTrue(report.diagnosis().fix().contains("/socket.io/?EIO=4&transport=websocket"), report.diagnosis().fix());
        assertTrue(websocketStep(report).detail().contains("closed at once: 1005"), websocketStep(report).detail());
    }

    @Test
    void pythonWebsockets_closingAtOnceFor_aMissingSubprotocol_givesItsCodeAndReason() throws Exception {
        try (ScriptPeer chat = ScriptPeer.python("subprotocol_required.py")) {
            DoctorReport report = examine(chat.url("/chat"));

            assertEquals("closed-at-once", report.diagnosis().cause().code(), () -> String.valueOf(report.diagnosis()));
            assertTrue(report.diagnosis().summary().contains("1002"), report.diagnosis().summary());
            assertTrue(report.diagnosis().summary().contains("\"subprotocol chat.v2 required\""), report.diagnosis().summary());
            assertTrue(report.diagnosis().fix().contains("--subprotocol chat.v2"), report.diagnosis().fix());
            assertTrue(websocketStep(report).detail().contains("1002 subprotocol chat.v2 required"), websocketStep(report).detail());

            DoctorReport offered = examine(chat.url("/chat"), "chat.v2");
            assertTrue(offered.ok(), () -> String.valueOf(offered.diagnosis()));
        }
    }

    @Test
    void bytesThatAreNotFrames_areQuotedAsText() throws Exception {
        try (HostilePeer peer = new HostilePeer((head, out) -> {
            out.write(HostilePeer.switching(head, ""));
            out.write("<html>Service Unavailable</html>".getBytes(StandardCharsets.US_ASCII));
        })) {
            DoctorReport report = doctor.examine(ConnectRequest.of(peer.url("ws")));

            assertEquals("not-websocket-frames", report.diagnosis().cause().code());
            assertTrue(report.diagnosis().summary().contains("\"<html>Service Unavailable</html>\""), report.diagnosis().summary());
        }
    }

    @Test
    void nodeWs_droppingTheConnectionRightAfterThe101_isAClosedAtOnceWithNoCloseFrame() throws Exception {
        try (ScriptPeer dropper = ScriptPeer.node("drop-after-upgrade.js")) {
            DoctorReport report = examine(dropper.url("/feed"));

            assertEquals("closed-at-once", report.diagnosis().cause().code(), () -> String.valueOf(report.diagnosis()));
            assertTrue(report.diagnosis().summary().contains("no close frame"), report.diagnosis().summary());
            assertEquals(StepStatus.FAILED, websocketStep(report).status());
        }
    }

    @Test
    void aServerThatSaysNothing_isHealthy_afterAShortWait() throws Exception {
        try (HostilePeer peer = new HostilePeer((head, out) -> out.write(HostilePeer.switching(head, "")))) {
            long start = System.nanoTime();
            DoctorReport report = doctor.examine(ConnectRequest.of(peer.url("ws")));

            assertTrue(report.ok(), () -> String.valueOf(report.diagnosis()));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 3000);
        }
    }
}
