package dev.wscope.testing;

import dev.wscope.core.collection.ApiInfo;
import dev.wscope.core.collection.ApiServer;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.collection.SpecFields;
import dev.wscope.core.collection.SpecStatus;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.request.ProxyOptions;
import dev.wscope.core.request.ReconnectOptions;
import dev.wscope.core.request.TlsOptions;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Variable;
import java.util.List;

/** Collections for tests of files and exports. */
public final class Collections {
    public static final String SECRET_TOKEN = "tok-3f9a1c7e-very-secret";
    public static final String PROXY_PASSWORD = "proxy-pw-81c2";
    public static final String CLIENT_PASSWORD = "p12-pw-4d0e";
    public static final String STOMP_PASSCODE = "stomp-pc-77a1";

    private Collections() {
    }

    /**
     * Every field set to something other than its default: nested folders, disabled rows, every message
     * format, a message from the server, every connection option, secrets of three kinds.
     */
    public static Collection everyFieldSet() {
        TlsOptions tls = new TlsOptions(false, false, "/etc/ssl/private-ca.pem", List.of("AB:CD:EF:01"),
                "/home/me/client.p12", "/home/me/client.key", CLIENT_PASSWORD);
        ConnectOptions options = ConnectOptions.builder().handshakeTimeoutMillis(2500).maxMessageBytes(1024 * 1024).tls(tls)
                .proxy(new ProxyOptions("proxy.corp", 3128, "alice", PROXY_PASSWORD)).origin("https://app.example.com")
                .followRedirects(true).deflate(true).pingIntervalSeconds(30).reconnect(new ReconnectOptions(true, 7, 250, 8000))
                .autoPong(false).build();
        SavedRequest stream = new SavedRequest("req-stream", "Market stream",
                "wss://{{region}}.api.example.com/v2/stream/{{symbol}}",
                List.of(KeyValue.of("depth", "10"), new KeyValue(false, "debug", "true"), KeyValue.of("token", "{{token}}")),
                List.of(KeyValue.of("Authorization", "Bearer {{token}}"), new KeyValue(false, "X-Trace", "on"),
                        KeyValue.of("X-Pasted", "Bearer " + SECRET_TOKEN)),
                List.of(KeyValue.of("session", "abc123"), new KeyValue(false, "beta", "1")),
                List.of("v2.stream", "v1.stream"), options,
                new SpecFields(SpecStatus.TESTING, "market-team", List.of("market", "stream"),
                        "Streams **prices**.\n\n- one\n- two\n\n<script>alert('x')</script>"),
                List.of(SavedMessage.of("Subscribe", MessageFormat.JSON, "{\n  \"op\": \"subscribe\",\n  \"n\": 1\n}"),
                        SavedMessage.of("Templated", MessageFormat.JSON, "{\"n\": {{count}}}"),
                        SavedMessage.of("Hello", MessageFormat.TEXT, "hello {{symbol}}"),
                        SavedMessage.of("Order", MessageFormat.XML, "<order id=\"1\"/>"),
                        SavedMessage.of("Page", MessageFormat.HTML, "<p>hi</p>"),
                        SavedMessage.of("Bytes", MessageFormat.BASE64, "AP8Q"),
                        SavedMessage.of("Hex bytes", MessageFormat.HEX, "00ff10"),
                        new SavedMessage("Tick", MessageFormat.JSON, "{\"price\": 1.5}", true)));
        SavedRequest echo = request("req-echo", "Echo", "ws://127.0.0.1:8765/echo")
                .withMessages(List.of(SavedMessage.of("Hello", MessageFormat.TEXT, "hello")));
        SavedRequest based = request("req-relative", "Relative", "{{base}}/relative");
        SavedRequest broker = request("req-stomp", "Broker", "ws://127.0.0.1:15674/ws")
                .withOptions(ConnectOptions.defaults().withProtocol(ProtocolSetup.of(ProtocolKind.STOMP)
                        .with(ProtocolSetup.LOGIN, "guest").with(ProtocolSetup.PASSCODE, STOMP_PASSCODE)
                        .with(ProtocolSetup.HEARTBEAT, "1000,1000")))
                .withMessages(List.of(new SavedMessage("Prices", MessageFormat.TEXT, "/topic/prices", false, "subscribe"),
                        new SavedMessage("Order", MessageFormat.JSON, "{\"destination\": \"/queue/orders\", \"body\": \"1\"}",
                                false, "send")));
        Folder inner = new Folder("Inner", List.of(stream, new Folder("Empty", List.of())));
        Folder outer = new Folder("Outer", List.of(inner, based, broker));
        List<Environment> environments = List.of(
                new Environment("staging", List.of(Variable.plain("region", "eu"), Variable.plain("symbol", "btcusd"),
                        Variable.secret("token", SECRET_TOKEN), Variable.plain("count", "3"),
                        Variable.plain("base", "ws://localhost:9000"))),
                new Environment("production", List.of(Variable.plain("region", "us"), Variable.secret("token", null))));
        return new Collection("coll-1", "Everything", new SpecFields(SpecStatus.RELEASED, "platform-team",
                List.of("demo", "all"), "# Everything\n\nA collection with *every* field set."),
                List.of(echo, outer), environments,
                new ApiInfo("2.1.0", List.of(new ApiServer("docs-site", "https", "docs.example.com", "/socket"))));
    }

    /** A request with a fixed id, so two calls make equal collections. */
    private static SavedRequest request(String id, String name, String url) {
        return new SavedRequest(id, name, url, List.of(), List.of(), List.of(), List.of(), null, null, List.of());
    }
}
