package dev.wscope.ui.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wscope.core.collection.SpecFields;
import dev.wscope.core.collection.SpecStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecFieldsModelTest {
    private final SpecFieldsModel model = new SpecFieldsModel();

    @Test
    void loadsAndGivesBack_theFieldsAsTyped_tagsCommaSeparatedWithoutBlanksOrRepeats() {
        model.load(new SpecFields(SpecStatus.DEVELOPING, "payments-team", List.of("prices", "public"), "# Prices"));
        assertEquals("prices, public", model.tagsProperty().get());

        model.tagsProperty().set("prices, , public,prices, beta ");
        model.ownerProperty().set("  trading  ");

        assertEquals(new SpecFields(SpecStatus.DEVELOPING, "trading", List.of("prices", "public", "beta"), "# Prices"),
                model.toSpec());
    }

    @Test
    void everyFieldIsObserved_soAnEditMarksTheRequestChanged() {
        int[] changes = {0};
        model.observables().forEach(observable -> observable.addListener(o -> changes[0]++));
        model.statusProperty().set(SpecStatus.DESIGNING);
        model.ownerProperty().set("me");
        model.tagsProperty().set("a");
        model.descriptionProperty().set("text");
        assertEquals(4, changes[0]);
    }
}
