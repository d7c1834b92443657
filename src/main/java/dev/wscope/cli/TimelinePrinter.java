package dev.wscope.cli;

import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.request.TlsOptions;
import dev.wscope.core.text.ControlChars;
import dev.wscope.core.timeline.EventJson;
import dev.wscope.core.timeline.EventText;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.protocol.TimelineReading;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Prints a session timeline: NDJSON, readable lines, or one summary line. */
final class TimelinePrinter {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private static final int PREVIEW_CHARS = 200;

    private final PrintStream out;
    private final boolean json;
    private final boolean quiet;

    TimelinePrinter(PrintStream out, boolean json, boolean quiet) {
        this.out = out;
        this.json = json;
        this.quiet = quiet;
    }

    void print(SessionTimeline timeline) {
        if (quiet) {
            out.println(summary(timeline));
        } else {
            TimelineReading reading = new TimelineReading();
            for (TimelineEntry entry : timeline.all()) {
                Optional<Decoded> decoded = reading.next(entry);
                if (decoded.isEmpty()) {
                    out.println(json ? EventJson.line(entry) : line(entry, ""));
                } else if (json) {
                    out.println(EventJson.line(TimelineReading.annotate(EventJson.toJson(entry), reading.kind(),
                            decoded.get())));
                } else {
                    out.println(line(entry, ControlChars.escape(decoded.get().summary()) + "  "));
                }
            }
        }
        out.flush();
    }

    /**
     * A message's text is the server's data, shortened to a line, after its protocol summary when it has one; an
     * error is Wscope's explanation, kept whole.
     */
    private static String line(TimelineEntry entry, String summary) {
        TimelineEvent event = entry.event();
        int room = event instanceof TimelineEvent.Error ? Integer.MAX_VALUE : PREVIEW_CHARS;
        String arrow = event.direction() == null ? " " : event.direction().arrow();
        return String.format("%4d  %s  %s %-18s %9s  %s", entry.seq(), CLOCK.format(Instant.ofEpochMilli(entry.epochMillis())),
                arrow, event.kind(), event.size() > 0 ? EventText.size(event.size()) : "",
                summary + EventText.preview(event, room));
    }

    static String summary(SessionTimeline timeline) {
        String close = "not closed";
        String insecure = "";
        for (TimelineEntry entry : timeline.all()) {
            TimelineEvent event = entry.event();
            if (event instanceof TimelineEvent.Connecting connecting && connecting.insecure()) {
                insecure = ", " + TlsOptions.INSECURE_NOTE;
            } else if (event instanceof TimelineEvent.Closed closed) {
                close = "closed " + closed.code() + " by " + closed.by().wire();
            } else if (event instanceof TimelineEvent.Error error) {
                close = "error: " + ControlChars.escape(error.message());
            }
        }
        return "sent " + timeline.messagesOut() + ", received " + timeline.messagesIn() + ", " + close + insecure;
    }
}
