package dev.wscope.ui.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SoftLinesTest {
    @Test
    void proseContinuationsJoin_configurationLinesStay() {
        String apache = String.join("\n",
                "Apache httpd 2.4.47+, in the ProxyPass for this path:",
                "    ProxyPass /path http://backend/path upgrade=websocket",
                "    ProxyPreserveHost On   # the Host the client sent",
                "  (older: mod_proxy_wstunnel with ProxyPass /path ws://backend/path, or",
                "  RewriteCond %{HTTP:Upgrade} websocket [NC] and RewriteRule ... ws://backend/... [P]).",
                "Other proxies:",
                "HAProxy: use 'mode http', remove any http-request rule that sets",
                "  or deletes Connection or Upgrade, and set",
                "  'timeout tunnel 1h'.");

        assertEquals(String.join("\n",
                "Apache httpd 2.4.47+, in the ProxyPass for this path:",
                "    ProxyPass /path http://backend/path upgrade=websocket",
                "    ProxyPreserveHost On   # the Host the client sent",
                "  (older: mod_proxy_wstunnel with ProxyPass /path ws://backend/path, or RewriteCond %{HTTP:Upgrade}"
                        + " websocket [NC] and RewriteRule ... ws://backend/... [P]).",
                "Other proxies:",
                "HAProxy: use 'mode http', remove any http-request rule that sets or deletes Connection or Upgrade,"
                        + " and set 'timeout tunnel 1h'."), SoftLines.of(apache));
    }
}
