package org.psmm.core.logs.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The real journalctl -o json output in fixtures/journal (see its README). */
final class JournalFixture {

    private JournalFixture() {
    }

    static List<String> lines() {
        try (InputStream in = JournalFixture.class.getResourceAsStream("/fixtures/journal/lab-sql.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JournalEntry> entries() {
        return lines().stream().map(l -> {
            try {
                return JournalJson.parse(l);
            } catch (MalformedJournalEntryException e) {
                throw new AssertionError(l, e);
            }
        }).toList();
    }
}
