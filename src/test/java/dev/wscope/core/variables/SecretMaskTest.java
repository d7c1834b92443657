package dev.wscope.core.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskTest {
    private static final SecretMask MASK = SecretMask.of(List.of(new Environment("e", List.of(
            Variable.secret("token", "abcd-1234"), Variable.secret("longer", "abcd-1234-xyz"), Variable.secret("pin", "12"),
            Variable.plain("visible", "abcd-1234-plain")))));

    @Test
    void secretValuesBecomeTheirPlaceholders_longestFirst() {
        assertEquals("Bearer {{token}} and {{longer}}", MASK.toPlaceholders("Bearer abcd-1234 and abcd-1234-xyz"));
    }

    @Test
    void secretValuesAreMaskedForDisplay() {
        assertEquals("Bearer " + Variable.MASK, MASK.mask("Bearer abcd-1234"));
    }

    @Test
    void secretsTooShortToSearchFor_areLeftAlone() {
        assertEquals("room 12", MASK.toPlaceholders("room 12"));
    }
}
