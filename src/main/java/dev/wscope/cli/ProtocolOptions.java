package dev.wscope.cli;

import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolSetup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/** The protocol spoken over the frames and its settings, which `send` and `doctor` share. */
final class ProtocolOptions {
    @Option(names = "--protocol", paramLabel = "P",
            description = "protocol spoken over the frames: raw (the default), socket.io, graphql, stomp or actioncable")
    String protocol = ProtocolKind.RAW.id();

    @Option(names = "--auth", paramLabel = "JSON", description = "Socket.IO: the CONNECT packet's auth payload, a JSON object")
    String auth;

    @Option(names = "--eio", paramLabel = "3|4", description = "Socket.IO: Engine.IO version, 4 (Socket.IO 3 and 4, default) or 3 (Socket.IO 2)")
    String eio;

    @Option(names = "--socketio-path", paramLabel = "PATH", description = "Socket.IO: the server's path (default /socket.io/)")
    String socketIoPath;

    @Option(names = "--init", paramLabel = "JSON", description = "GraphQL: the connection_init payload, a JSON object")
    String init;

    @Option(names = "--login", paramLabel = "U", description = "STOMP: login header of CONNECT")
    String login;

    @Option(names = "--passcode", paramLabel = "P", description = "STOMP: passcode header of CONNECT")
    String passcode;

    @Option(names = "--vhost", paramLabel = "H", description = "STOMP: host header of CONNECT (the virtual host)")
    String vhost;

    @Option(names = "--heartbeat", paramLabel = "MS,MS", description = "STOMP: heart-beats offered, sending and receiving"
            + " (default 10000,10000; 0,0 for none)")
    String heartbeat;

    /** The protocol and its settings; IllegalArgumentException naming an unknown protocol or a misplaced option. */
    ProtocolSetup setup() {
        ProtocolKind kind = ProtocolKind.byId(protocol).orElseThrow(() -> new IllegalArgumentException(
                "--protocol takes one of " + ProtocolKind.ids() + "; got \"" + protocol + "\""));
        ProtocolSetup setup = ProtocolSetup.of(kind);
        for (Map.Entry<String, Setting> entry : settings().entrySet()) {
            Setting setting = entry.getValue();
            if (setting.value() == null) {
                continue;
            }
            if (!setting.kinds().contains(kind)) {
                throw new IllegalArgumentException(setting.option() + " is a setting of "
                        + String.join(" or ", setting.kinds().stream().map(ProtocolKind::id).toList())
                        + ": add --protocol " + setting.kinds().iterator().next().id());
            }
            setup = setup.with(entry.getKey(), setting.value());
        }
        return setup;
    }

    private record Setting(String option, String value, Set<ProtocolKind> kinds) {
    }

    private Map<String, Setting> settings() {
        Map<String, Setting> settings = new LinkedHashMap<>();
        Set<ProtocolKind> socketIo = Set.of(ProtocolKind.SOCKET_IO);
        Set<ProtocolKind> stomp = Set.of(ProtocolKind.STOMP);
        settings.put(ProtocolSetup.AUTH, new Setting("--auth", auth, socketIo));
        settings.put(ProtocolSetup.EIO, new Setting("--eio", eio, socketIo));
        settings.put(ProtocolSetup.PATH, new Setting("--socketio-path", socketIoPath, socketIo));
        settings.put(ProtocolSetup.INIT, new Setting("--init", init, Set.of(ProtocolKind.GRAPHQL)));
        settings.put(ProtocolSetup.LOGIN, new Setting("--login", login, stomp));
        settings.put(ProtocolSetup.PASSCODE, new Setting("--passcode", passcode, stomp));
        settings.put(ProtocolSetup.VHOST, new Setting("--vhost", vhost, stomp));
        settings.put(ProtocolSetup.HEARTBEAT, new Setting("--heartbeat", heartbeat, stomp));
        return settings;
    }
}
