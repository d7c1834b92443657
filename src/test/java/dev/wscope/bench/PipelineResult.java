package dev.wscope.bench;

/**
 * A flood through the whole window, the longest FX stall while it ran (a probe's wait to run), how long the
 * last message took from being recorded to being a row (the display lag), how long a click on a row during
 * the flood took to show its detail (NaN when the flood was too short to click in), and the CPU the JVM's own
 * threads took meanwhile: the JIT compilers' and the garbage collector's, which the window's code does not run
 * but pays for on shared cores.
 */
record PipelineResult(FloodResult flood, double maxStallMillis, double displayLagMillis, double clickToDetailMillis,
                      ThreadCpu.JvmShare jvm) {
}
