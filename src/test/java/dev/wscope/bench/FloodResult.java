package dev.wscope.bench;

/**
 * What one flood delivered: messages and payload bytes, how long from open to the end marker, and the CPU
 * time this process spent from connect to the end. The CPU figure is the steady one: on 2 shared cores the
 * rates of single runs spread by a factor of 3, the CPU a message costs by a few percent.
 */
record FloodResult(long messages, long bytes, double seconds, double cpuSeconds) {
    double messagesPerSecond() {
        return messages / seconds;
    }

    double megabytesPerSecond() {
        return bytes / seconds / 1e6;
    }

    double cpuMicrosPerMessage() {
        return cpuSeconds * 1e6 / messages;
    }
}
