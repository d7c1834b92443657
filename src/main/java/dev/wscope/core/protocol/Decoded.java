package dev.wscope.core.protocol;

import com.google.gson.JsonObject;

/**
 * One frame read in its protocol's terms. type: the protocol's word for it (event, MESSAGE, next, confirm_subscription);
 * summary: one line for the timeline's Summary column (emit chat ["hi"], MESSAGE /topic/prices); heartbeat:
 * a keep-alive the user rarely wants to see; fields: the decoded fields of the JSON's "protocol" object, without
 * its "name" (contract: docs/contract.md).
 */
public record Decoded(String type, String summary, boolean heartbeat, JsonObject fields) {
}
