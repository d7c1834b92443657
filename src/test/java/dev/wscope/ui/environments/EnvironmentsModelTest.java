package dev.wscope.ui.environments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Variable;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The environments dialog's rules, typed into the model as the rows editor does: no window needed. */
class EnvironmentsModelTest {
    private final EnvironmentsModel model = new EnvironmentsModel(List.of(new Environment("local",
            List.of(Variable.plain("host", "127.0.0.1:9001"), Variable.secret("token", "s3cr3t-local")))));

    @Test
    void whatIsTyped_isWhatIsSaved_withABlankRowWaitingAtTheEnd() {
        EnvironmentDraft staging = model.add("");
        staging.nameProperty().set(" staging ");
        VariableRow blank = staging.rows().get(staging.rows().size() - 1);
        blank.nameProperty().set("host");
        blank.valueProperty().set("staging.example.com");
        blank.secretProperty().set(true);

        assertEquals(2, staging.rows().size(), "typing into the blank row adds the next blank one");
        assertEquals(Optional.empty(), model.problem());
        assertEquals(List.of(
                new Environment("local", List.of(Variable.plain("host", "127.0.0.1:9001"),
                        Variable.secret("token", "s3cr3t-local"))),
                new Environment("staging", List.of(Variable.secret("host", "staging.example.com")))),
                model.toEnvironments());
    }

    @Test
    void problems_nameWhatKeepsTheEnvironmentsFromBeingSaved() {
        EnvironmentDraft unnamed = model.add("");
        assertEquals(Optional.of("Every environment needs a name"), model.problem());

        unnamed.nameProperty().set("local");
        assertEquals(Optional.of("Two environments are called 'local'"), model.problem());

        unnamed.nameProperty().set("ci");
        unnamed.rows().get(0).valueProperty().set("orphan value");
        assertEquals(Optional.of("A variable of 'ci' has a value but no name"), model.problem());

        unnamed.rows().get(0).nameProperty().set("a b");
        assertEquals("'a b' in 'ci': a variable name is letters, digits, '_', '.' or '-', as in {{name}}",
                model.problem().orElseThrow());

        unnamed.rows().get(0).nameProperty().set("host");
        unnamed.rows().get(1).nameProperty().set("host");
        unnamed.rows().get(1).valueProperty().set("again");
        assertEquals(Optional.of("'ci' has two variables called 'host'"), model.problem());

        model.remove(unnamed);
        assertEquals(Optional.empty(), model.problem());
    }
}
