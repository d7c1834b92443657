package dev.wscope.bench;

/**
 * A flood through the whole window, the longest FX stall while it ran (a probe's wait to run), how long the
 * last message took from being recorded to being a row (the display lag), and how long a click on a row during
 * the flood took to show its detail (NaN when the flood was too short to click in).
 */
record PipelineResult(FloodResult flood, double maxStallMillis, double displayLagMillis, double clickToDetailMillis) {
}
