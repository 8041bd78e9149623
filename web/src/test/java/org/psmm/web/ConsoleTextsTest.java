package org.psmm.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every console text exists in English and French: a missing key shows as ???key??? to the admin. */
class ConsoleTextsTest {

    private static Set<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConsoleTextsTest.class.getResourceAsStream("/org/psmm/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    /** Keys written out in full in the pages ({@code msg['a.b']}) and the beans ({@code ConsoleMessages.text("a.b"}). */
    private static Set<String> usedKeys() throws IOException {
        Pattern page = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Pattern bean = Pattern.compile("ConsoleMessages\\.text\\(\"([A-Za-z0-9_.]+)\"");
        Set<String> used = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/webapp"), Path.of("src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".xhtml") || f.toString().endsWith(".java")).toList()) {
                    Matcher m = (f.toString().endsWith(".xhtml") ? page : bean).matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return used;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_fr.properties"));
    }

    @Test
    void everyKeyThePagesAndBeansNameExists() throws IOException {
        Set<String> used = usedKeys();
        assertTrue(used.size() > 100, "found the pages: " + used.size());
        Set<String> known = keys("messages.properties");
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            // 'updates.status.'.concat(run.status): a family of keys, at least one of which must exist
            boolean found = key.endsWith(".") ? known.stream().anyMatch(k -> k.startsWith(key)) : known.contains(key);
            if (!found) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }
}
