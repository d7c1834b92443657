package dev.wscope.cli;

import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.payload.PayloadParser;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.protocol.ProtocolDriver;
import dev.wscope.protocol.Protocols;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One `-m` of `send`: a raw frame (FORMAT:PAYLOAD), or a message in the protocol's terms (VERB:ARG). */
sealed interface Outgoing {
    record Raw(OutgoingMessage message) implements Outgoing {
    }

    record Framed(ProtocolMessage message) implements Outgoing {
    }

    /**
     * The -m values in order; a PayloadException says which is wrong and why. Protocol messages are framed once
     * here, in order, on a driver of their own, so that one the protocol cannot send (a perform before any
     * subscribe) is bad input found before anything is dialled.
     */
    static List<Outgoing> parse(List<String> specs, ProtocolSetup protocol) throws PayloadException {
        Set<String> verbs = Protocols.verbs(protocol.kind());
        ProtocolDriver check = protocol.isRaw() ? null : Protocols.driver(protocol, new SessionTimeline());
        List<Outgoing> items = new ArrayList<>();
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            String prefix = colon < 0 ? "" : spec.substring(0, colon);
            if (verbs.contains(prefix)) {
                ProtocolMessage message = new ProtocolMessage(prefix, spec.substring(colon + 1));
                check.encode(message);
                items.add(new Framed(message));
            } else {
                items.add(new Raw(raw(spec, prefix, protocol.kind(), verbs)));
            }
        }
        return items;
    }

    private static OutgoingMessage raw(String spec, String prefix, ProtocolKind kind, Set<String> verbs) throws PayloadException {
        MessageFormat format = MessageFormat.byId(prefix);
        if (format == null) {
            String protocolVerbs = verbs.isEmpty() ? "" : "; or under --protocol " + kind.id() + " one of "
                    + String.join(", ", verbs.stream().sorted().toList());
            throw new PayloadException("-m takes FORMAT:PAYLOAD with FORMAT one of text, json, xml, html, base64, hex"
                    + protocolVerbs + "; got \"" + spec + "\"");
        }
        return PayloadParser.parse(format, spec.substring(prefix.length() + 1));
    }
}
