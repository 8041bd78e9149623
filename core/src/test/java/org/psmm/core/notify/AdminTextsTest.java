package org.psmm.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class AdminTextsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AdminTextsTest.class.getResourceAsStream("/org/psmm/core/notify/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("texts.properties").stringPropertyNames()),
                new TreeSet<>(load("texts_fr.properties").stringPropertyNames()));
    }

    /** A lone apostrophe in a MessageFormat pattern quotes what follows: {0} would stay as written. */
    @Test
    void everyTextFormatsItsArgumentsAndKeepsItsApostrophes() throws IOException {
        for (String language : new String[] {"en", "fr"}) {
            Properties raw = load(language.equals("fr") ? "texts_fr.properties" : "texts.properties");
            AdminTexts texts = AdminTexts.of(language);
            for (String key : raw.stringPropertyNames()) {
                String pattern = raw.getProperty(key);
                String out = texts.get(key, "A0", "A1", "A2", "A3", "A4");
                assertFalse(out.contains("{"), language + " " + key + ": " + out);
                for (int i = 0; i < 5; i++) {
                    assertEquals(pattern.contains("{" + i + "}"), out.contains("A" + i), language + " " + key + ": " + out);
                }
                assertEquals(pattern.contains("''"), out.contains("'"), language + " " + key + ": " + out);
            }
        }
    }

    @Test
    void countsPickTheSingularForOne() {
        assertEquals("[PSMM] 1 open alert: 1 raised, 0 resolved", AdminTexts.ENGLISH.count("alerts.subject", 1, 1, 0));
        assertEquals("[PSMM] 2 open alerts: 0 raised, 2 resolved", AdminTexts.ENGLISH.count("alerts.subject", 2, 0, 2));
        // a count is written as digits only, in every language
        assertTrue(AdminTexts.of("fr").count("report.headline", 12345, "x").startsWith("12345 connexions"));
        assertSame(AdminTexts.ENGLISH, AdminTexts.of("de"), "an unknown language is English");
    }
}
