package dev.wscope.core.diagnosis;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on an ambiguous refusal once the differential probes have answered: the variation that was
 * accepted names the cause; failing that, whether a request without Sec-WebSocket-Key changes the answer tells
 * whether the WebSocket headers reach the server at all. Pure: the probes are gathered by the engine.
 */
public final class ProbeVerdict {
    private ProbeVerdict() {
    }

    /** The refined diagnosis; verdict (the rules' reading of the first answer) when the probes tell nothing. */
    public static Diagnosis judge(RawRequest sent, RawResponse answer, Diagnosis verdict, List<ProbeResult> probes) {
        Optional<ProbeResult> accepted = probes.stream().filter(ProbeResult::accepted).findFirst();
        if (accepted.isPresent()) {
            return acceptedWith(accepted.get().variation(), sent, answer);
        }
        Optional<RawResponse> keyless = probes.stream().filter(probe -> probe.variation().kind() == Variation.Kind.NO_KEY)
                .map(ProbeResult::answer).filter(probeAnswer -> probeAnswer != null).findFirst();
        if (keyless.isEmpty()) {
            return nothingChanged(verdict, answer, probes);
        }
        if (keyless.get().status() != answer.status()) {
            // a proxy may read the headers itself (HAProxy answers a keyless upgrade with its own 400): only Action
            // Cable failing on the missing key (the app's 500) says that the headers reached the backend
            if (ActionCable.refused(answer) && keyless.get().status() == 500) {
                return cableRefusedTheOrigin(matchingOrigin(sent, probes), answer, keyless.get());
            }
            return new Diagnosis(verdict.cause(), verdict.summary() + " The same request without Sec-WebSocket-Key got "
                    + status(keyless.get()) + " instead of " + answer.status() + ": something on the way reads the"
                    + " WebSocket headers (the server, or a proxy that checks them itself).", verdict.fix());
        }
        Optional<String> proxy = ProxySignature.of(answer);
        if (ActionCable.refused(answer) && proxy.isPresent()) {
            return new Diagnosis(Cause.PROXY_DROPPED_UPGRADE, "Action Cable answered 404 \"Page not found\" through "
                    + proxy.get() + ", and the same request without Sec-WebSocket-Key got the same 404: Rails never read"
                    + " the WebSocket headers, so the proxy does not forward Upgrade and Connection. Rails' log says: \""
                    + ActionCable.DROPPED_LOG + "\", with no \"Request origin not allowed\" line before it.",
                    ProxyFixes.forwardUpgrade(ProxySignature.identify(answer)));
        }
        return new Diagnosis(verdict.cause(), verdict.summary() + " The same request without Sec-WebSocket-Key got the"
                + " same " + status(answer) + ": the server never read the WebSocket headers (one that reads them"
                + " refuses a missing key).", verdict.fix());
    }

    private static Diagnosis acceptedWith(Variation variation, RawRequest sent, RawResponse answer) {
        boolean cable = ActionCable.refused(answer);
        String refused = (cable ? "Action Cable refused the handshake with 404 \"Page not found\""
                : "The server refused the handshake with " + status(answer)) + ", and the same request ";
        String origin = sent.header("Origin");
        return switch (variation.kind()) {
            case OWN_ORIGIN, NO_ORIGIN -> new Diagnosis(Cause.FORBIDDEN_ORIGIN, refused
                    + (variation.kind() == Variation.Kind.OWN_ORIGIN ? "with Origin: " + variation.value()
                    : "without an Origin header") + " was accepted with 101: the server refuses the Origin Wscope sent"
                    + " (Origin: " + origin + ")." + (cable ? " Rails' log says: \"" + ActionCable.originLog(origin) + "\"." : ""),
                    "Send the Origin of a web page the server allows (an Origin header), or allow " + origin
                            + " on the server. " + (cable ? ActionCable.allowOrigin(origin)
                            : "Socket.IO: cors.origin; Spring: setAllowedOrigins; ws/Node: verifyClient."));
            case NO_SUBPROTOCOLS -> new Diagnosis(Cause.SUBPROTOCOL_MISMATCH, refused + "without Sec-WebSocket-Protocol"
                    + " was accepted with 101: the server speaks none of the subprotocols offered ("
                    + sent.header("Sec-WebSocket-Protocol") + ").",
                    "Offer the subprotocol the server speaks (its documentation names it), or none.");
            case VERSION_13 -> new Diagnosis(Cause.VERSION_MISMATCH, refused + "with Sec-WebSocket-Version: 13 was"
                    + " accepted with 101: the server refuses the version sent (" + sent.header("Sec-WebSocket-Version")
                    + ", from a header you set).", "Remove the Sec-WebSocket-Version header: every client and server"
                    + " speaks 13 (RFC 6455).");
            case OTHER_PATH -> new Diagnosis(Cause.NOT_FOUND, refused + "to " + variation.path() + " was accepted"
                    + " with 101: the WebSocket endpoint is " + variation.path() + ".",
                    "Connect to " + variation.path() + " (the trailing slash matters to this server).");
            case NO_KEY -> throw new IllegalArgumentException("a handshake without its key is never accepted");
        };
    }

    /** The upgrade reaches Action Cable, which failed on the missing key: its 404 was the Origin check's. */
    private static Diagnosis cableRefusedTheOrigin(String origin, RawResponse answer, RawResponse keyless) {
        String arrives = "Action Cable refused the handshake with 404 \"Page not found\", yet the upgrade reaches it: the"
                + " same request without Sec-WebSocket-Key got " + status(keyless) + " instead of 404 (Rails read the"
                + " WebSocket headers and failed on the missing key: the error logged for it is this probe's doing).";
        String log = " Rails' log says: \"" + ActionCable.originLog(origin) + "\".";
        Optional<String> proxy = ProxySignature.of(answer);
        if (proxy.isPresent()) {
            // behind TLS, a proxy that passes Host but not X-Forwarded-Proto fails the same check on the scheme
            String scheme = origin != null && origin.startsWith("https://") ? " (or not the scheme: Rails then"
                    + " expects http://, not https://)" : "";
            return new Diagnosis(Cause.FORBIDDEN_ORIGIN, arrives + " The Origin matched the Host Wscope sent, so the"
                    + " proxy (" + proxy.get() + ") forwards the upgrade but not the Host" + scheme + ": Rails compares"
                    + " the Origin with the Host and scheme it sees, and refuses it." + log,
                    ProxyFixes.forwardHost() + "\nOr allow the public origin in the app. " + ActionCable.allowOrigin(origin));
        }
        return new Diagnosis(Cause.FORBIDDEN_ORIGIN, arrives + " Its Origin check refuses " + origin + " though it"
                + " matches the Host: allow_same_origin_as_host is off, or something in between rewrites Host." + log,
                "Allow the origin your web page sends. " + ActionCable.allowOrigin(origin));
    }

    /** The rules' verdict, with the probes that got the same answer as its evidence (when any got one). */
    private static Diagnosis nothingChanged(Diagnosis verdict, RawResponse answer, List<ProbeResult> probes) {
        List<String> same = probes.stream().filter(probe -> probe.answer() != null
                && probe.answer().status() == answer.status()).map(probe -> probe.variation().label()).toList();
        if (same.isEmpty()) {
            return verdict;
        }
        boolean originTried = probes.stream().anyMatch(probe -> probe.variation().kind() == Variation.Kind.OWN_ORIGIN
                || probe.variation().kind() == Variation.Kind.NO_ORIGIN);
        return new Diagnosis(verdict.cause(), verdict.summary() + " The probes (" + String.join("; ", same)
                + ") got the same " + status(answer) + (verdict.cause() == Cause.FORBIDDEN_ORIGIN && originTried ? ": unless the server"
                + " allows only some other origin, it refuses for another reason, such as a missing token or cookie."
                : "."), verdict.fix());
    }

    /** The Origin that matched the Host Wscope sent: a probe's, when the request itself had another. */
    private static String matchingOrigin(RawRequest sent, List<ProbeResult> probes) {
        return probes.stream().filter(probe -> probe.variation().kind() == Variation.Kind.OWN_ORIGIN)
                .map(probe -> probe.variation().value()).findFirst().orElse(sent.header("Origin"));
    }

    private static String status(RawResponse response) {
        return response.status() + " " + response.reason();
    }
}
