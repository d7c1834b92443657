package dev.wscope.cli;

/** A number of seconds given to an option. Checked for what it must be, since NaN fails every comparison. */
final class SecondsOption {
    private SecondsOption() {
    }

    /** Throws IllegalArgumentException, in words for the user, unless the seconds are 0 or more (or more than 0). */
    static void require(String option, double seconds, boolean zeroAllowed) {
        if (zeroAllowed ? !(seconds >= 0) : !(seconds > 0)) {
            throw new IllegalArgumentException(option + " takes a number of seconds, " + (zeroAllowed ? "0 or more" : "more than 0")
                    + ", not " + seconds);
        }
    }
}
