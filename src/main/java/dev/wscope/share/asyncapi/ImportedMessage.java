package dev.wscope.share.asyncapi;

import com.google.gson.JsonObject;

/** A message of a channel (resolved) under its key, and whether the server is the one sending it. */
record ImportedMessage(String key, JsonObject message, boolean fromServer) {
}
