package dev.wscope.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryStringTest {
    @Test
    void paramsOf_readsPairsInOrderAsTyped() {
        assertEquals(List.of(KeyValue.of("a", "1"), KeyValue.of("b", ""), KeyValue.of("flag", ""), KeyValue.of("d", "x%20y=z")),
                QueryString.paramsOf("ws://h/p?a=1&b=&flag&d=x%20y=z"));
    }

    @Test
    void paramsOf_anAddressWithoutQuery_hasNone() {
        assertEquals(List.of(), QueryString.paramsOf("ws://h/p"));
        assertEquals(List.of(), QueryString.paramsOf("ws://h/p?"));
        assertEquals(List.of(), QueryString.paramsOf("ws://h/p?&&"));
    }

    @Test
    void paramsOf_stopsAtTheFragment() {
        assertEquals(List.of(KeyValue.of("a", "1")), QueryString.paramsOf("ws://h/?a=1#b=2"));
    }

    @Test
    void paramsOf_aQuestionMarkInsideTheFragment_isNotAQuery() {
        assertEquals(List.of(), QueryString.paramsOf("ws://h/#frag?x=1"));
    }

    @Test
    void withParams_replacesTheQuery() {
        assertEquals("ws://h/p?a=2&z=9", QueryString.withParams("ws://h/p?a=1&old=x",
                List.of(KeyValue.of("a", "2"), KeyValue.of("z", "9"))));
        assertEquals("ws://h/p?a=1", QueryString.withParams("ws://h/p", List.of(KeyValue.of("a", "1"))));
    }

    @Test
    void withParams_leavesOutDisabledAndBlankRows() {
        assertEquals("ws://h/?on=1", QueryString.withParams("ws://h/", List.of(new KeyValue(false, "off", "1"),
                KeyValue.of("", ""), KeyValue.of("on", "1"))));
    }

    @Test
    void withParams_noRowsLeft_dropsTheQuestionMark() {
        assertEquals("ws://h/p", QueryString.withParams("ws://h/p?a=1", List.of(new KeyValue(false, "a", "1"))));
    }

    @Test
    void withParams_keepsTheFragment() {
        assertEquals("ws://h/?a=2#top", QueryString.withParams("ws://h/?a=1#top", List.of(KeyValue.of("a", "2"))));
        assertEquals("ws://h/?a=2#top", QueryString.withParams("ws://h/#top", List.of(KeyValue.of("a", "2"))));
    }

    @Test
    void withParams_aQuestionMarkInsideTheFragment_staysInTheFragment() {
        assertEquals("ws://h/?a=1#frag?x", QueryString.withParams("ws://h/#frag?x", List.of(KeyValue.of("a", "1"))));
    }

    @Test
    void paramsThenWithParams_roundTripsTheAddress() {
        String url = "wss://h:8443/p?token=abc%3D&empty=&n=1#f";
        assertEquals(url, QueryString.withParams(url, QueryString.paramsOf(url)));
    }

    @Test
    void withParamsThenParamsOf_roundTripsTheEnabledRows() {
        List<KeyValue> rows = List.of(KeyValue.of("a", "1"), new KeyValue(false, "b", "2"), KeyValue.of("c", "x%26y"));
        List<KeyValue> back = QueryString.paramsOf(QueryString.withParams("ws://h/", rows));
        assertEquals(List.of(KeyValue.of("a", "1"), KeyValue.of("c", "x%26y")), back);
    }
}
