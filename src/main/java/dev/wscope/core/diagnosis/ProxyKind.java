package dev.wscope.core.diagnosis;

/**
 * The reverse proxies and load balancers the doctor knows by name, each with its own words: how to make it
 * forward the upgrade, what to check when its backend is down, and which of its settings cuts quiet connections.
 * A fix leads with the proxy seen; the others follow, since a second proxy may hide behind the first.
 */
public enum ProxyKind {
    NGINX("nginx",
            String.join("\n",
                    "nginx, in the location that proxies this path:",
                    "    proxy_http_version 1.1;",
                    "    proxy_set_header Upgrade $http_upgrade;",
                    "    proxy_set_header Connection \"upgrade\";",
                    "    proxy_set_header Host $http_host;   # the Host the client sent, port included: Rails checks Origin against it",
                    "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                    "    proxy_set_header X-Forwarded-Proto $scheme;   # a wss:// page's https Origin needs it",
                    "    proxy_read_timeout 3600s;   # else idle sockets are cut after 60 s"),
            String.join("\n",
                    "nginx: check the proxy_pass address and that the backend listens there (nginx's error.log names",
                    "  the refused connection); for 504 raise proxy_read_timeout or find what makes the backend slow."),
            "nginx cuts a proxied connection quiet for proxy_read_timeout (60 s by default): set"
                    + " proxy_read_timeout 3600s; in the location that proxies this path"),
    APACHE("Apache httpd",
            String.join("\n",
                    "Apache httpd 2.4.47+, in the ProxyPass for this path:",
                    "    ProxyPass /path http://backend/path upgrade=websocket",
                    "    ProxyPreserveHost On   # the Host the client sent: the backend checks Origin against it",
                    "  (older: mod_proxy_wstunnel with ProxyPass /path ws://backend/path, or",
                    "  RewriteCond %{HTTP:Upgrade} websocket [NC] and RewriteRule ... ws://backend/... [P])."),
            String.join("\n",
                    "Apache httpd: check the ProxyPass address and that the backend listens there (error.log:",
                    "  AH00957 attempt to connect ... failed); for 504 raise ProxyTimeout."),
            "Apache httpd closes a WebSocket tunnel quiet for the larger of Timeout and ProxyTimeout (both 60 s by"
                    + " default): raise both (Timeout 3600 and ProxyTimeout 3600)"),
    HAPROXY("HAProxy",
            String.join("\n",
                    "HAProxy: use 'mode http' (it forwards upgrades by itself), remove any http-request rule that sets",
                    "  or deletes Connection or Upgrade (e.g. http-request set-header Connection close), and set",
                    "  'timeout tunnel 1h'."),
            String.join("\n",
                    "HAProxy: no server of the backend is up: check the server lines' addresses and their health",
                    "  checks (HAProxy's log names the servers DOWN or the refused connection)."),
            "HAProxy closes a WebSocket quiet for timeout tunnel (when that is unset, for timeout client or timeout"
                    + " server): set timeout tunnel 1h in the defaults or the backend"),
    CADDY("Caddy",
            String.join("\n",
                    "Caddy: reverse_proxy forwards upgrades by itself: remove any header_up that sets or deletes",
                    "  Connection or Upgrade (e.g. header_up -Upgrade)."),
            String.join("\n",
                    "Caddy: check the reverse_proxy upstream address and that the backend listens there (Caddy's log",
                    "  says dial tcp ...: connection refused)."),
            "Caddy keeps quiet WebSocket connections open by default (reverse_proxy sets no idle timeout on them), so"
                    + " a cut comes from in front of Caddy (a load balancer, a firewall) or from the backend"),
    TRAEFIK("Traefik",
            String.join("\n",
                    "Traefik forwards upgrades by itself: check that no middleware removes Connection or Upgrade and",
                    "  that the router's rule matches this host and path."),
            String.join("\n",
                    "Traefik: check the service's server URL (loadBalancer.servers) and that the backend listens",
                    "  there; the dashboard shows the service's servers and their health."),
            "Traefik cuts connections by its entry point's respondingTimeouts (readTimeout 60 s by default in v3,"
                    + " idleTimeout 180 s): raise entryPoints.NAME.transport.respondingTimeouts"),
    ENVOY("Envoy",
            String.join("\n",
                    "Envoy: allow the upgrade on the HTTP connection manager (or the route):",
                    "    upgrade_configs:",
                    "    - upgrade_type: websocket"),
            String.join("\n",
                    "Envoy: check the cluster's endpoints and health checks (\"no healthy upstream\": none passes;",
                    "  \"upstream connect error\": the connection to the backend failed)."),
            "Envoy closes a stream quiet for stream_idle_timeout (5 min by default, on the HTTP connection manager)"
                    + " or for the route's idle_timeout: raise them"),
    AWS_ALB("AWS Application Load Balancer",
            String.join("\n",
                    "AWS ALB: WebSockets work on HTTP and HTTPS listeners by themselves: check that the target behind",
                    "  it (often its own nginx) forwards the upgrade."),
            String.join("\n",
                    "AWS ALB: check the target group's health (no healthy target gives 503, a refused connection 502,",
                    "  a slow target 504) and that the targets' security group lets the load balancer in."),
            "an AWS ALB closes a connection idle for its idle timeout (60 s by default): raise the load balancer"
                    + " attribute idle_timeout.timeout_seconds (up to 4000)");

    private final String label;
    private final String forwardUpgrade;
    private final String backendDown;
    private final String idleTimeout;

    ProxyKind(String label, String forwardUpgrade, String backendDown, String idleTimeout) {
        this.label = label;
        this.forwardUpgrade = forwardUpgrade;
        this.backendDown = backendDown;
        this.idleTimeout = idleTimeout;
    }

    public String label() {
        return label;
    }

    /** The configuration that makes this proxy pass a WebSocket upgrade through. */
    String forwardUpgrade() {
        return forwardUpgrade;
    }

    /** What to check when this proxy answers that its backend is down or slow. */
    String backendDown() {
        return backendDown;
    }

    /** Which setting of this proxy cuts a connection without traffic, its default, and what to set instead. */
    public String idleTimeout() {
        return idleTimeout;
    }
}
