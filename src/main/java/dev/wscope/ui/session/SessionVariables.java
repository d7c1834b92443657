package dev.wscope.ui.session;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.SecretMask;
import dev.wscope.core.variables.UnresolvedVariable;
import dev.wscope.core.variables.VariableResolver;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The environment a tab's {{variables}} take their values from, resolved at each connect and each send, and
 * its secret values masked wherever the tab's timeline records this side's words. FX thread only.
 */
public final class SessionVariables {
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>();

    SessionVariables(SessionTimeline timeline) {
        environment.addListener((o, old, now) -> timeline.setMask(secretsOf(now)));
    }

    /** The selected environment's secret values, masked wherever this side records them; null when none. */
    private static UnaryOperator<String> secretsOf(Environment selected) {
        SecretMask secrets = SecretMask.of(selected == null ? List.of() : List.of(selected));
        return secrets.isEmpty() ? null : secrets::mask;
    }

    /** The variables of the selected environment (none selected: {{names}} stay unresolved). */
    public VariableResolver resolver() {
        return environment.get() == null ? VariableResolver.none() : VariableResolver.of(environment.get());
    }

    /** "{{host}} in URL has no value ..." for the variables a text or request still needs. */
    public String unresolvedMessage(List<UnresolvedVariable> unresolved) {
        String names = unresolved.stream().map(UnresolvedVariable::toString).distinct().collect(Collectors.joining(", "));
        return names + (unresolved.size() == 1 ? " has" : " have") + " no value"
                + (environment.get() == null ? ": pick an environment that sets it (the menu beside Save)"
                : " in the environment " + environment.get().name()) + "; nothing was sent";
    }

    /** The environment whose values {{variables}} take; null for none. */
    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }
}
