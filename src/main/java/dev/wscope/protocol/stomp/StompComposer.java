package dev.wscope.protocol.stomp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.Subscription;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Frames the verbs of `-m VERB:ARG` and remembers what later ones need: the subscription id of each destination
 * (sub-0, sub-1 ...), the receipts numbered r-1, r-2 ..., and the messages of subscriptions acknowledged by the
 * client, whose ack and subscription headers an ACK of STOMP 1.1 or 1.2 must name. Thread contract: frames are
 * composed on the sender's thread, messages delivered on the reading thread; both are guarded by this.
 */
final class StompComposer {
    static final Set<String> VERBS = Set.of("subscribe", "unsubscribe", "send", "ack", "nack");
    private static final Set<String> ACK_MODES = Set.of("auto", "client", "client-individual");
    private static final String SUBSCRIBE_FORM = "subscribe:DESTINATION or subscribe:{\"destination\": \"/queue/x\","
            + " \"ack\": \"auto|client|client-individual\", \"receipt\": true, \"headers\": {...}}";
    private static final String SEND_FORM = "send:{\"destination\": \"/queue/x\", \"body\": \"...\", \"headers\": {...},"
            + " \"receipt\": true}";

    private record Subscribed(String id, String ack) {
    }

    /** A message to acknowledge: what ACK names in each version. */
    private record Delivery(String messageId, String ack, String subscription) {
    }

    private final Map<String, Subscribed> byDestination = new LinkedHashMap<>();
    private final Map<String, Delivery> awaitingAck = new HashMap<>();
    private int nextSubscription;
    private int nextReceipt;

    synchronized StompFrame compose(ProtocolMessage message, StompVersion version) throws PayloadException {
        String argument = message.argument().strip();
        return switch (message.verb()) {
            case "subscribe" -> subscribe(argument);
            case "unsubscribe" -> unsubscribe(argument);
            case "send" -> send(argument);
            case "ack" -> acknowledge("ACK", argument, version);
            case "nack" -> acknowledge("NACK", argument, version);
            default -> throw new PayloadException("STOMP's verbs are " + String.join(", ", VERBS.stream().sorted().toList())
                    + "; got \"" + message.verb() + "\"");
        };
    }

    /** The destinations subscribed to, in order, each with its id and the unsubscribe that ends it. */
    synchronized List<Subscription> subscriptions() {
        return byDestination.entrySet().stream().map(entry -> new Subscription(
                entry.getKey() + " (" + entry.getValue().id() + ")", new ProtocolMessage("unsubscribe", entry.getKey()))).toList();
    }

    /** A MESSAGE received: kept until acknowledged when its subscription's ack mode is the client's. */
    synchronized void delivered(StompFrame message) {
        String subscription = message.header("subscription").orElse("");
        boolean byClient = byDestination.values().stream().anyMatch(known -> known.id().equals(subscription) && !known.ack().equals("auto"));
        if (byClient) {
            String messageId = message.header("message-id").orElse("");
            Delivery delivery = new Delivery(messageId, message.header("ack").orElse(messageId), subscription);
            awaitingAck.put(delivery.messageId(), delivery);
            awaitingAck.put(delivery.ack(), delivery);
        }
    }

    private StompFrame subscribe(String argument) throws PayloadException {
        Map<String, String> headers = new LinkedHashMap<>();
        String destination = argument;
        String ack = "auto";
        if (argument.startsWith("{")) {
            JsonObject form = object(argument, SUBSCRIBE_FORM);
            destination = string(form, "destination", SUBSCRIBE_FORM);
            ack = form.has("ack") ? string(form, "ack", SUBSCRIBE_FORM) : ack;
            if (!ACK_MODES.contains(ack)) {
                throw new PayloadException("subscribe's ack is auto, client or client-individual; got \"" + ack + "\"");
            }
            headers.putAll(headers(form, SUBSCRIBE_FORM));
            receipt(form, SUBSCRIBE_FORM).ifPresent(receipt -> headers.put("receipt", receipt));
        }
        if (destination.isEmpty()) {
            throw new PayloadException("subscribe needs a destination: " + SUBSCRIBE_FORM);
        }
        Subscribed known = byDestination.get(destination);
        if (known != null) {
            throw new PayloadException("already subscribed to " + destination + " as " + known.id() + ": unsubscribe:" + destination + " first");
        }
        Subscribed subscription = new Subscribed("sub-" + nextSubscription++, ack);
        byDestination.put(destination, subscription);
        Map<String, String> frame = new LinkedHashMap<>();
        frame.put("id", subscription.id());
        frame.put("destination", destination);
        frame.put("ack", ack);
        frame.putAll(headers);
        return StompFrame.of("SUBSCRIBE", frame);
    }

    private StompFrame unsubscribe(String destination) throws PayloadException {
        Subscribed subscription = byDestination.remove(destination);
        if (subscription == null) {
            throw new PayloadException("unsubscribe:DESTINATION names a destination subscribed to before"
                    + (byDestination.isEmpty() ? " (none is)" : " (" + String.join(", ", byDestination.keySet()) + ")")
                    + "; got \"" + destination + "\"");
        }
        awaitingAck.values().removeIf(delivery -> delivery.subscription().equals(subscription.id()));
        return StompFrame.of("UNSUBSCRIBE", Map.of("id", subscription.id()));
    }

    private StompFrame send(String argument) throws PayloadException {
        JsonObject form = object(argument, SEND_FORM);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("destination", string(form, "destination", SEND_FORM));
        headers.putAll(headers(form, SEND_FORM));
        String body = "";
        JsonElement given = form.get("body");
        if (given != null && !given.isJsonNull()) {
            // a JSON body may be written as JSON, not only as a string holding it
            body = given.isJsonPrimitive() && given.getAsJsonPrimitive().isString() ? given.getAsString() : given.toString();
            if (!given.isJsonPrimitive()) {
                headers.putIfAbsent("content-type", "application/json");
            }
        }
        headers.put("content-length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
        receipt(form, SEND_FORM).ifPresent(receipt -> headers.put("receipt", receipt));
        return new StompFrame("SEND", headers, body);
    }

    private StompFrame acknowledge(String command, String id, StompVersion version) throws PayloadException {
        String verb = command.toLowerCase();
        if (id.isEmpty()) {
            throw new PayloadException(verb + ":ID names the message: its ack header (STOMP 1.2) or message-id (1.0, 1.1)");
        }
        if (command.equals("NACK") && version == StompVersion.V1_0) {
            throw new PayloadException("the server speaks STOMP 1.0, which has no NACK");
        }
        Delivery delivery = awaitingAck.remove(id);
        if (delivery != null) {
            awaitingAck.remove(delivery.messageId());
            awaitingAck.remove(delivery.ack());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        switch (version) {
            case V1_2 -> headers.put("id", delivery == null ? id : delivery.ack());
            case V1_1 -> {
                if (delivery == null) {
                    throw new PayloadException(verb + ":" + id + ": no message with that message-id came on a subscription"
                            + " acknowledged by the client, and STOMP 1.1 needs its subscription");
                }
                headers.put("message-id", delivery.messageId());
                headers.put("subscription", delivery.subscription());
            }
            case V1_0 -> headers.put("message-id", delivery == null ? id : delivery.messageId());
            default -> throw new IllegalStateException(version.toString());
        }
        return StompFrame.of(command, headers);
    }

    private Optional<String> receipt(JsonObject form, String expected) throws PayloadException {
        JsonElement receipt = form.get("receipt");
        if (receipt == null || receipt.isJsonNull() || receipt.isJsonPrimitive() && receipt.getAsJsonPrimitive().isBoolean()
                && !receipt.getAsBoolean()) {
            return Optional.empty();
        }
        if (receipt.isJsonPrimitive() && receipt.getAsJsonPrimitive().isBoolean()) {
            return Optional.of("r-" + ++nextReceipt);
        }
        if (receipt.isJsonPrimitive()) {
            return Optional.of(receipt.getAsString());
        }
        throw new PayloadException("\"receipt\" is true (Wscope numbers it r-1, r-2 ...) or the receipt's id: " + expected);
    }

    private static JsonObject object(String argument, String expected) throws PayloadException {
        try {
            JsonElement parsed = JsonParser.parseString(argument);
            if (parsed.isJsonObject()) {
                return parsed.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            throw new PayloadException("not JSON (" + e.getMessage() + "); expected " + expected);
        }
        throw new PayloadException("expected " + expected + "; got " + argument);
    }

    private static String string(JsonObject form, String name, String expected) throws PayloadException {
        JsonElement value = form.get(name);
        if (value == null || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
            throw new PayloadException("\"" + name + "\" is missing or not a string: " + expected);
        }
        return value.getAsString();
    }

    private static Map<String, String> headers(JsonObject form, String expected) throws PayloadException {
        JsonElement given = form.get("headers");
        Map<String, String> headers = new LinkedHashMap<>();
        if (given == null || given.isJsonNull()) {
            return headers;
        }
        if (!given.isJsonObject()) {
            throw new PayloadException("\"headers\" is an object of names and values: " + expected);
        }
        for (Map.Entry<String, JsonElement> header : given.getAsJsonObject().entrySet()) {
            if (!header.getValue().isJsonPrimitive()) {
                throw new PayloadException("header \"" + header.getKey() + "\" is not a string, number or boolean: " + expected);
            }
            headers.put(header.getKey(), header.getValue().getAsString());
        }
        return headers;
    }
}
