package dev.wscope.bench;

/** A flood through the whole window, and the longest gap between two FX pulses while it ran. */
record PipelineResult(FloodResult flood, double maxPulseGapMillis) {
}
