package dev.wscope.core.protocol;

/**
 * Something a protocol session is subscribed to (a STOMP destination, a GraphQL operation, an Action Cable channel),
 * as the user reads it, with the message that ends it.
 */
public record Subscription(String label, ProtocolMessage unsubscribe) {
}
