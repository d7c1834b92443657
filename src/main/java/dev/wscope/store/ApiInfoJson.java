package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.ApiInfo;
import dev.wscope.core.collection.ApiServer;

/** An imported API's version and servers, in a collection file ("api") and in an AsyncAPI export (x-wscope-api). */
public final class ApiInfoJson {
    private ApiInfoJson() {
    }

    public static JsonObject write(ApiInfo api) {
        JsonArray servers = new JsonArray();
        api.servers().forEach(server -> servers.add(server(server)));
        JsonObject json = new JsonObject();
        json.addProperty("version", api.version());
        json.add("servers", servers);
        return json;
    }

    public static ApiInfo read(JsonFields json) {
        return new ApiInfo(json.string("version", ""), json.objects("servers").stream().map(ApiInfoJson::server).toList());
    }

    private static JsonObject server(ApiServer server) {
        JsonObject json = new JsonObject();
        json.addProperty("name", server.name());
        json.addProperty("protocol", server.protocol());
        json.addProperty("host", server.host());
        json.addProperty("pathname", server.pathname());
        return json;
    }

    private static ApiServer server(JsonFields json) {
        return new ApiServer(json.string("name", ""), json.string("protocol", ""), json.string("host", ""),
                json.string("pathname", ""));
    }
}
