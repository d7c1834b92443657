package dev.wscope.log;

import dev.wscope.core.variables.SecretMask;
import dev.wscope.core.variables.UrlCredentials;
import dev.wscope.core.variables.Variable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * What the log must never hold: the secret values of the environments the user has opened (masked as the
 * screens mask them), passwords written into an address (ws://user:password@host) and the values of
 * credential headers. The window tells it each collection's secrets as it reads them.
 */
public final class LogSecrets {
    private static final Pattern CREDENTIAL_HEADER = Pattern.compile(
            "(?i)\\b(authorization|proxy-authorization|cookie|set-cookie|x-api-key)(\"?\\s*[:=]\\s*\"?)[^\"\\r\\n,}]+");
    private static final List<SecretMask> MASKS = new CopyOnWriteArrayList<>();

    private LogSecrets() {
    }

    /** Keeps these secrets out of the log from now on. */
    public static void remember(SecretMask mask) {
        if (!mask.isEmpty()) {
            MASKS.add(mask);
        }
    }

    static String scrub(String text) {
        String out = UrlCredentials.maskedIn(text);
        out = CREDENTIAL_HEADER.matcher(out).replaceAll("$1$2" + Variable.MASK);
        for (SecretMask mask : MASKS) {
            out = mask.mask(out);
        }
        return out;
    }
}
