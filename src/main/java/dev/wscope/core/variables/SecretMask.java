package dev.wscope.core.variables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps secret values out of text that leaves this machine or reaches a log: where a secret value appears
 * as is (pasted into a header, say, or resolved into a handshake), it becomes its {{name}} again, or a mask
 * for display. Values shorter than four characters are left alone: searching for them would rewrite
 * ordinary words and numbers, and they protect nothing.
 */
public final class SecretMask {
    static final int SHORTEST_SECRET = 4;

    private record Secret(String name, String value) {
    }

    private final List<Secret> secrets;

    private SecretMask(List<Secret> secrets) {
        this.secrets = secrets;
    }

    public static SecretMask of(List<Environment> environments) {
        List<Secret> secrets = new ArrayList<>();
        for (Environment environment : environments) {
            for (Variable variable : environment.secrets()) {
                if (variable.hasValue() && variable.value().length() >= SHORTEST_SECRET) {
                    secrets.add(new Secret(variable.name(), variable.value()));
                }
            }
        }
        // longest first, so a secret that contains another is replaced whole
        secrets.sort(Comparator.comparingInt((Secret s) -> s.value().length()).reversed());
        return new SecretMask(secrets);
    }

    public boolean isEmpty() {
        return secrets.isEmpty();
    }

    /** The text with every secret value written as its {{name}}: resolving it gives the same text back. */
    public String toPlaceholders(String text) {
        String out = text;
        for (Secret secret : secrets) {
            out = out.replace(secret.value(), Placeholders.of(secret.name()));
        }
        return out;
    }

    /** The text with every secret value masked, for screens and logs. */
    public String mask(String text) {
        String out = text;
        for (Secret secret : secrets) {
            out = out.replace(secret.value(), Variable.MASK);
        }
        return out;
    }
}
