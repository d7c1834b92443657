package dev.wscope.core.diagnosis;

import java.util.Map;

/**
 * A connection setting a fix tells the user to change, named as each audience finds it: a command-line
 * option, or the window's control for it. A fix's words are written once, with these names put in.
 */
public enum Setting {
    TRUSTED_CERTIFICATE("--trust %s",
            "the \"Trust this certificate and reconnect\" button, or Settings > TLS > Trusted certificates"),
    CA_FILE("--ca FILE", "Settings > TLS > CA file"),
    NO_CERTIFICATE_CHECKS("--insecure", "Settings > TLS > Verify the server's certificate, switched off");

    private final Map<Audience, String> names;

    Setting(String option, String control) {
        names = Map.of(Audience.COMMAND_LINE, option, Audience.WINDOW, control);
    }

    /** The setting's name for that audience; a value the option takes (a fingerprint) goes where it has a place. */
    public String in(Audience audience, Object... values) {
        return String.format(names.get(audience), values);
    }
}
