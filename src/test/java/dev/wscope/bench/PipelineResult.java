package dev.wscope.bench;

/**
 * A flood through the whole window, the longest gap between two FX pulses while it ran, and how long the
 * last message took from being recorded to being a row (the display lag).
 */
record PipelineResult(FloodResult flood, double maxPulseGapMillis, double displayLagMillis) {
}
