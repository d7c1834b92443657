package dev.wscope.session;

/** The connection's state; the word starts the `connection-state` label (CONTRACT.md). */
public enum ConnectionState {
    DISCONNECTED("Disconnected"), CONNECTING("Connecting"), CONNECTED("Connected"), CLOSED("Closed"), FAILED("Failed");

    private final String word;

    ConnectionState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
