package dev.wscope.core.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which variations of a refused handshake are worth sending: only after an ambiguous answer (400, 403, 404,
 * 426: each has several causes), only those that can change it, at most {@link #MAX}. Pure, so its choices
 * are tested on recorded requests.
 */
public final class ProbePlan {
    public static final int MAX = 4;
    private static final Set<Integer> AMBIGUOUS = Set.of(400, 403, 404, 426);
    /** Most telling first; the cap drops from the end. */
    private static final List<Variation.Kind> PRIORITY = List.of(Variation.Kind.OWN_ORIGIN, Variation.Kind.NO_KEY,
            Variation.Kind.NO_SUBPROTOCOLS, Variation.Kind.VERSION_13, Variation.Kind.OTHER_PATH, Variation.Kind.NO_ORIGIN);

    private ProbePlan() {
    }

    /** The variations to send, in sending order; empty when the answer is clear without them. */
    public static List<Variation> of(RawRequest sent, RawResponse answer, Diagnosis verdict, boolean secure) {
        if (!AMBIGUOUS.contains(answer.status()) || verdict.cause() == Cause.VERSION_MISMATCH) {
            return List.of();
        }
        String ownOrigin = (secure ? "https://" : "http://") + header(sent, "Host");
        List<Variation> chosen = new ArrayList<>();
        for (Variation.Kind kind : PRIORITY) {
            variation(kind, sent, answer, ownOrigin).ifPresent(chosen::add);
        }
        // the keyless probe is never accepted: it goes last, after every variation that might be
        return chosen.stream().limit(MAX).sorted(Comparator.comparing(variation -> variation.kind() == Variation.Kind.NO_KEY))
                .toList();
    }

    private static Optional<Variation> variation(Variation.Kind kind, RawRequest sent, RawResponse answer,
                                                 String ownOrigin) {
        int status = answer.status();
        // Action Cable's own 404 says the path is right, and it refuses a missing Origin whatever its settings
        boolean cable = ActionCable.refused(answer);
        String origin = header(sent, "Origin");
        String path = UpgradeRules.path(sent);
        boolean telling = switch (kind) {
            case OWN_ORIGIN -> !ownOrigin.equals(origin);
            case NO_ORIGIN -> origin != null && !cable;
            case NO_SUBPROTOCOLS -> header(sent, "Sec-WebSocket-Protocol") != null;
            case VERSION_13 -> !"13".equals(header(sent, "Sec-WebSocket-Version"));
            case OTHER_PATH -> status == 404 && !cable && !otherPath(path).equals(path);
            // a refusal (403) comes before anyone reads the key; after a plain-request answer, whether a missing
            // key changes it tells whether the WebSocket headers reach the server at all
            case NO_KEY -> status != 403;
        };
        String value = switch (kind) {
            case OWN_ORIGIN -> ownOrigin;
            case OTHER_PATH -> otherPath(path);
            default -> null;
        };
        return telling ? Optional.of(new Variation(kind, value)) : Optional.empty();
    }

    /** The path with a trailing slash added, or taken away (the query kept); "/" stays "/". */
    static String otherPath(String target) {
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String rest = query < 0 ? "" : target.substring(query);
        if (path.equals("/")) {
            return target;
        }
        return (path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/") + rest;
    }

    /** The header's value without the white space around it (a header typed by the user may have some). */
    private static String header(RawRequest request, String name) {
        String value = request.header(name);
        return value == null ? null : value.strip();
    }
}
