package dev.wscope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The window's stylesheet names its colours by the theme's looked-up colours; one the theme does not define
 * leaves the text at its default (black on the dark theme's background), with only a warning in the log.
 */
class StylesheetColoursTest {
    private static final Pattern NAME = Pattern.compile("-color-[a-z0-9-]+");

    @Test
    void everyThemeColourTheWindowUses_isDefinedInBothThemes() throws IOException {
        String window = read("/dev/wscope/ui/wscope.css");
        Set<String> used = new TreeSet<>();
        Matcher declaration = Pattern.compile(":([^;{}]*)").matcher(window);
        while (declaration.find()) {
            Matcher name = NAME.matcher(declaration.group(1));
            while (name.find()) {
                used.add(name.group());
            }
        }
        assertFalse(used.isEmpty(), "the stylesheet names no theme colour: the pattern no longer reads it");
        for (String theme : List.of(new PrimerLight().getUserAgentStylesheet(), new PrimerDark().getUserAgentStylesheet())) {
            String defined = read(theme) + window; // a colour of the window's own counts too
            Set<String> missing = new TreeSet<>();
            for (String colour : used) {
                if (!Pattern.compile("(?m)^\\s*" + Pattern.quote(colour) + "\\s*:").matcher(defined).find()) {
                    missing.add(colour);
                }
            }
            assertEquals(Set.of(), missing, "not defined in " + theme);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = StylesheetColoursTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
