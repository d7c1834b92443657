package dev.wscope.bench;

/**
 * A flood through the whole window, the longest FX stall while it ran (a probe's wait to run), and how long the
 * last message took from being recorded to being a row (the display lag).
 */
record PipelineResult(FloodResult flood, double maxStallMillis, double displayLagMillis) {
}
