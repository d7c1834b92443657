package dev.wscope.log;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log's layout: each whole entry (message and stack trace) passes through {@link LogSecrets} before it
 * is written, so a secret in an exception's message, a URL or a header never reaches the file.
 */
public final class ScrubbingLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return LogSecrets.scrub(super.doLayout(event));
    }
}
