package dev.wscope.ui.keyvalue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.request.KeyValue;
import dev.wscope.core.request.KeyValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyValueListModelTest {
    private final KeyValueListModel headers = new KeyValueListModel(KeyValueKind.HEADERS);

    @Test
    void typingIntoTheLastRow_addsAFreshBlankRow() {
        assertEquals(1, headers.rows().size());
        headers.rows().get(0).nameProperty().set("Authorization");
        assertEquals(2, headers.rows().size());
        assertTrue(headers.rows().get(1).isBlank());
    }

    @Test
    void tableAndBulkText_stayInStepBothWays() {
        headers.rows().get(0).nameProperty().set("X-One");
        headers.rows().get(0).valueProperty().set("1");
        assertEquals("X-One: 1\n", headers.rawTextProperty().get());
        headers.rows().get(0).enabledProperty().set(false);
        assertEquals("#X-One: 1\n", headers.rawTextProperty().get());
        headers.rawTextProperty().set("A: 1\nB: 2\n");
        assertEquals(List.of(KeyValue.of("A", "1"), KeyValue.of("B", "2")), headers.values());
        assertEquals(3, headers.rows().size(), "two rows and the blank one");
    }

    @Test
    void aBadRow_isMarkedAtTheRow_andNamedAsTheProblem() {
        headers.rawTextProperty().set("Good: yes\nBad Name: x\n");
        assertEquals("", headers.rows().get(0).problemProperty().get());
        assertTrue(headers.rows().get(1).problemProperty().get().contains("a space"));
        assertEquals(headers.rows().get(1).problemProperty().get(), headers.problemProperty().get());
        headers.rows().get(1).enabledProperty().set(false);
        assertEquals("", headers.problemProperty().get(), "a disabled row is not sent, so it is no problem");
    }

    @Test
    void changeListeners_hearTableAndTextEdits() {
        int[] heard = new int[1];
        headers.addChangeListener(() -> heard[0]++);
        headers.rows().get(0).nameProperty().set("X");
        headers.rawTextProperty().set("Y: 1\n");
        assertTrue(heard[0] >= 2);
    }
}
