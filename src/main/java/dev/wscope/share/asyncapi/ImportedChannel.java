package dev.wscope.share.asyncapi;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * A channel of either AsyncAPI version in one shape: its key, object (resolved), address with {name}
 * parameters, parameters in the 3.0 form (description, enum, default, examples), messages, and notes on
 * the operations that use it.
 */
record ImportedChannel(String key, JsonObject channel, String address, Map<String, JsonObject> parameters,
                       List<ImportedMessage> messages, List<String> operationNotes) {
}
