package dev.wscope.core.diagnosis;

/** A failure's cause, one sentence a person can act on, and what to change. */
public record Diagnosis(Cause cause, String summary, String fix) {
}
