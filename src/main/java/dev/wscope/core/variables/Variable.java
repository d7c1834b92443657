package dev.wscope.core.variables;

/**
 * One variable of an environment. A secret's value lives only in this machine's secret file; a null value
 * means this machine has none (a secret from a shared collection not filled in yet), so {{name}} stays
 * unresolved and is pointed out before anything is sent.
 */
public record Variable(String name, String value, boolean secret) {
    public static final String MASK = "••••••";

    public Variable {
        name = name == null ? "" : name.strip();
    }

    public static Variable plain(String name, String value) {
        return new Variable(name, value, false);
    }

    public static Variable secret(String name, String value) {
        return new Variable(name, value, true);
    }

    public boolean hasValue() {
        return value != null;
    }

    /** What a screen, a log or the docs may show: secrets masked, a missing value empty. */
    public String shownValue() {
        if (secret) {
            return MASK;
        }
        return value == null ? "" : value;
    }

    public Variable withValue(String newValue) {
        return new Variable(name, newValue, secret);
    }
}
