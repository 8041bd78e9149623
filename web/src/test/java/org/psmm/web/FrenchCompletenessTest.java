package org.psmm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console is complete in both languages (issue 15): every key of one bundle is in the other,
 * a French text is not the English one left untranslated, Faces' own messages are PSMM's, and
 * French says "hôte" for a watched machine, never "serveur".
 */
class FrenchCompletenessTest {

    /**
     * French values that may equal the English ones: product and protocol names, units, and words
     * spelt the same in both languages. Keep it short: anything else is a text left in English.
     */
    static final Set<String> SAME_IN_BOTH = Set.of(
            "PSMM", "CPU", "RAM", "CSV", "MAC", "OK", "SHA-256", "Google Chat", "Webhook",
            "English", "Fran\u00e7ais",
            "Site", "Sites", "Notes", "Format", "Service", "Type", "Journal", "Description", "Contact",
            "Interfaces", "Index", "Action", "Notifications", "Administration", "Linux", "Windows");

    /** Keys whose French says "serveur" for PSMM's own server or a kind of device, not for a watched host. */
    static final Set<String> SERVER_NOT_HOST = Set.of(
            "app.tagline", "failures.topRange", "setting.report.dailyTime", "error.failed.text", "device.help");

    private static final Pattern SERVEUR = Pattern.compile("(?i)\\bserveurs?\\b");

    static Map<String, String> load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FrenchCompletenessTest.class.getResourceAsStream("/org/psmm/web/" + name)) {
            assertTrue(in != null, name + " is on the class path");
            p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "validation"})
    void everyKeyIsInBothLanguages(String bundle) throws IOException {
        Map<String, String> en = load(bundle + ".properties");
        Map<String, String> fr = load(bundle + "_fr.properties");
        Set<String> onlyEnglish = new TreeSet<>(en.keySet());
        onlyEnglish.removeAll(fr.keySet());
        Set<String> onlyFrench = new TreeSet<>(fr.keySet());
        onlyFrench.removeAll(en.keySet());
        assertEquals(Set.of(), onlyEnglish, bundle + ": keys missing in French");
        assertEquals(Set.of(), onlyFrench, bundle + ": keys missing in English");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "validation"})
    void noFrenchTextIsTheEnglishOneLeftAsItIs(String bundle) throws IOException {
        Map<String, String> en = load(bundle + ".properties");
        Map<String, String> fr = load(bundle + "_fr.properties");
        List<String> same = new ArrayList<>();
        en.forEach((key, english) -> {
            String french = fr.get(key);
            if (english.equals(french) && !SAME_IN_BOTH.contains(english) && !english.matches("\\{\\d+\\}")) {
                same.add(key + "=" + english);
            }
        });
        assertEquals(List.of(), same, bundle + ": French left in English (translate, or add a product name to SAME_IN_BOTH)");
    }

    /** A key written twice: the second wins silently, which a merge of two branches easily causes. */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties", "validation.properties", "validation_fr.properties"})
    void noKeyIsWrittenTwice(String file) throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/org/psmm/web", file), StandardCharsets.ISO_8859_1)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
                continue;
            }
            if (!seen.add(l.substring(0, l.indexOf('=')).strip())) {
                twice.add(l.substring(0, l.indexOf('=')).strip());
            }
        }
        assertEquals(Set.of(), twice, file);
    }

    @Test
    void frenchSaysHoteForAWatchedHost() throws IOException {
        List<String> serveur = new ArrayList<>();
        load("messages_fr.properties").forEach((key, french) -> {
            if (SERVEUR.matcher(french).find() && !SERVER_NOT_HOST.contains(key)) {
                serveur.add(key + "=" + french);
            }
        });
        assertEquals(List.of(), serveur, "one word per concept: \"h\u00f4te\", as on the pages");
    }

    @Test
    void facesOwnMessagesAreOverriddenInBothLanguages() throws IOException {
        for (String file : List.of("validation.properties", "validation_fr.properties")) {
            Map<String, String> m = load(file);
            for (String key : List.of("jakarta.faces.component.UIInput.REQUIRED", "jakarta.faces.component.UIInput.REQUIRED_detail",
                    "jakarta.faces.validator.LongRangeValidator.NOT_IN_RANGE", "jakarta.faces.converter.IntegerConverter.INTEGER",
                    "jakarta.faces.component.UISelectOne.INVALID", "jakarta.faces.converter.DateTimeConverter.DATETIME")) {
                assertTrue(m.containsKey(key), file + " overrides " + key);
            }
            m.forEach((key, pattern) -> {
                assertTrue(!pattern.contains("Validation Error"), file + ": " + key + " still reads like Faces' default");
                // MessageFormat eats a lone quote: "n'est" would show as "nest".
                String formatted = new MessageFormat(pattern).format(new Object[] {1, 2, "Port"});
                assertEquals(pattern.replace("''", "'").chars().filter(c -> c == '\'').count(),
                        formatted.chars().filter(c -> c == '\'').count(), file + ": " + key + " needs '' for a quote");
            });
        }
        assertEquals("Port : saisissez un nombre entier de 1 \u00e0 65535.", new MessageFormat(
                load("validation_fr.properties").get("jakarta.faces.validator.LongRangeValidator.NOT_IN_RANGE"))
                .format(new Object[] {"1", "65535", "Port"}));
    }
}
