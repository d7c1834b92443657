package dev.wscope.share.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.SpecFields;
import dev.wscope.testing.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlDocsTest {
    private static final String PAGE = HtmlDocs.of(Collections.everyFieldSet());

    @Test
    void thePageNeedsNothingFromOutside_noScriptsNoRemoteSourcesOrLinks() {
        String withLinks = HtmlDocs.of(Collection.named("x").withItems(List.of()).withEnvironments(List.of()))
                + HtmlDocs.of(new Collection(null, "links", new SpecFields(null, "", List.of(),
                "See [the docs](https://docs.example.com) and ![logo](https://cdn.example.com/logo.png) and"
                        + " <https://example.org> and [top](#index)"), List.of(), List.of()));

        for (String page : List.of(PAGE, withLinks)) {
            assertFalse(page.toLowerCase().contains("<script"), "no script at all");
            assertFalse(page.toLowerCase().contains("<link"), "no stylesheet links");
            Matcher attribute = Pattern.compile("(?i)(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(page);
            while (attribute.find()) {
                assertTrue(attribute.group(2).startsWith("#"), "only in-page links: " + attribute.group());
            }
            assertFalse(page.contains("@import") || page.contains("url("), "the CSS loads nothing either");
        }
        assertTrue(withLinks.contains("the docs &lt;https://docs.example.com&gt;"), "a link is shown as text");
        assertTrue(withLinks.contains("[image: logo] &lt;https://cdn.example.com/logo.png&gt;"));
        assertTrue(withLinks.contains("<a href=\"#index\">top</a>"));
    }

    @Test
    void hasAnIndexLinkingEveryRequestInTreeOrder() {
        assertTrue(PAGE.contains("<li><a href=\"#request-1\">Echo</a></li>"));
        assertTrue(PAGE.contains("<li class=\"folder\">Outer"));
        assertTrue(PAGE.contains("<li><a href=\"#request-2\">Market stream</a></li>"));
        assertTrue(PAGE.contains("<section class=\"request\" id=\"request-3\">"));
    }

    @Test
    void showsEachRequestsAddressTablesSpecAndOptions() {
        assertTrue(PAGE.contains("<pre class=\"url\">wss://{{region}}.api.example.com/v2/stream/{{symbol}}?depth=10&amp;"
                + "token={{token}}</pre>"));
        assertTrue(PAGE.contains("<tr><td>Authorization</td><td>Bearer {{token}}</td></tr>"));
        assertTrue(PAGE.contains("<tr class=\"disabled\" title=\"not sent\"><td>X-Trace</td><td>on</td></tr>"));
        assertTrue(PAGE.contains("<span class=\"status status-testing\">Testing</span>"));
        assertTrue(PAGE.contains("<span class=\"owner\">Owner: market-team</span>"));
        assertTrue(PAGE.contains("<span class=\"tag\">stream</span>"));
        assertTrue(PAGE.contains("<li>v2.stream</li>"));
        assertTrue(PAGE.contains("<li>HTTP proxy: proxy.corp:3128 (as alice)</li>"));
        assertTrue(PAGE.contains("<li>Leaves the server&#39;s pings unanswered (no automatic pong)</li>"));
        assertTrue(PAGE.contains("<p class=\"folder\">Outer / Inner</p>"));
    }

    @Test
    void rendersMarkdownDescriptions_andShowsRawHtmlAsText() {
        assertTrue(PAGE.contains("<p>Streams <strong>prices</strong>.</p>"));
        assertTrue(PAGE.contains("<li>one</li>"));
        assertTrue(PAGE.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
        assertTrue(PAGE.contains("<h1>Everything</h1>"));
    }

    @Test
    void highlightsSavedMessagesByFormat() {
        assertTrue(PAGE.contains("<span class=\"json-key\">&quot;op&quot;</span>"));
        assertTrue(PAGE.contains("<span class=\"xml-tag\">&lt;order id=&quot;1&quot;/&gt;</span>"));
        assertTrue(PAGE.contains("<h4>Tick <span class=\"format\">JSON</span> <span class=\"direction\">from the server"
                + "</span></h4>"));
        assertTrue(PAGE.contains("<code>00ff10</code>"));
    }

    @Test
    void aRequestsProtocol_andItsMessagesVerbs_areShown() {
        assertTrue(PAGE.contains("<li>Speaks STOMP (heartbeat: 1000,1000, login: guest)</li>"), PAGE);
        assertTrue(PAGE.contains("<h4>Prices <span class=\"format\">subscribe</span></h4>"), PAGE);
    }

    @Test
    void secretsAreMaskedAndTheirValuesNeverWritten() {
        for (String secret : List.of(Collections.SECRET_TOKEN, Collections.PROXY_PASSWORD, Collections.CLIENT_PASSWORD,
                Collections.STOMP_PASSCODE)) {
            assertFalse(PAGE.contains(secret), secret);
        }
        assertTrue(PAGE.contains("<tr><td>{{token}}</td><td>•••••• (secret)</td></tr>"));
        assertTrue(PAGE.contains("<tr><td>X-Pasted</td><td>Bearer {{token}}</td></tr>"), "a pasted secret shows as its name");
        assertEquals(2, PAGE.split("\\{\\{token}}</td><td>•••••• \\(secret\\)").length - 1, "one row an environment");
    }
}
