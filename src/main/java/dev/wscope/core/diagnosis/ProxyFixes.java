package dev.wscope.core.diagnosis;

/** The configuration that makes common reverse proxies pass a WebSocket upgrade through. */
final class ProxyFixes {
    static final String FORWARD_UPGRADE = String.join("\n",
            "The proxy must forward the upgrade. nginx, in the location that proxies this path:",
            "    proxy_http_version 1.1;",
            "    proxy_set_header Upgrade $http_upgrade;",
            "    proxy_set_header Connection \"upgrade\";",
            "    proxy_read_timeout 3600s;   # else idle sockets are cut after 60 s",
            "Apache httpd 2.4.47+: ProxyPass /path ws://backend/path upgrade=websocket",
            "  (older: mod_proxy_wstunnel with RewriteCond %{HTTP:Upgrade} websocket [NC] ... [P]).",
            "HAProxy: use 'mode http' (it forwards upgrades by itself) and set 'timeout tunnel 1h'.",
            "Caddy: reverse_proxy forwards upgrades by itself; check no header_up overrides Connection or Upgrade.",
            "AWS ALB: WebSockets work on HTTP/HTTPS listeners; raise the idle timeout (60 s by default) or send pings.",
            "To confirm: run `wscope serve` as the backend behind the same proxy and connect to /mirror: it shows",
            "exactly which headers arrive (a plain GET answers 426 with what it saw).");

    static final String BACKEND_DOWN = String.join("\n",
            "Check that the backend runs and listens where the proxy points (nginx: the proxy_pass address),",
            "and that the proxy can reach it. For 504, raise the proxy's timeout (nginx proxy_read_timeout) or",
            "find what makes the backend slow.");

    private ProxyFixes() {
    }
}
