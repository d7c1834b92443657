package dev.wscope.bench;

/** What one flood delivered: messages and payload bytes, and how long from open to the end marker. */
record FloodResult(long messages, long bytes, double seconds) {
    double messagesPerSecond() {
        return messages / seconds;
    }

    double megabytesPerSecond() {
        return bytes / seconds / 1e6;
    }
}
