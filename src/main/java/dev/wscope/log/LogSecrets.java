package dev.wscope.log;

import dev.wscope.core.variables.SecretMask;
import dev.wscope.core.variables.UrlCredentials;
import dev.wscope.core.variables.Variable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What the log must never hold: the secret values of the environments the user has opened (masked as the
 * screens mask them), passwords written into an address (ws://user:password@host) and the values of
 * credential headers. The window tells it each collection's secrets as it reads them.
 */
public final class LogSecrets {
    private static final Pattern CREDENTIAL_HEADER = Pattern.compile(
            "(?i)\\b(authorization|proxy-authorization|cookie|set-cookie|x-api-key)(\"?\\s*[:=]\\s*\"?)[^\"\\r\\n,}]+");
    /** One mask a source (a collection file): read again after every change, it replaces its own. */
    private static final Map<String, SecretMask> MASKS = new ConcurrentHashMap<>();

    private LogSecrets() {
    }

    /** Keeps these secrets of that source out of the log from now on, in place of the ones it had. */
    public static void remember(String source, SecretMask mask) {
        if (mask.isEmpty()) {
            MASKS.remove(source);
        } else {
            MASKS.put(source, mask);
        }
    }

    static String scrub(String text) {
        String out = UrlCredentials.maskedIn(text);
        out = CREDENTIAL_HEADER.matcher(out).replaceAll("$1$2" + Variable.MASK);
        for (SecretMask mask : MASKS.values()) {
            out = mask.mask(out);
        }
        return out;
    }
}
