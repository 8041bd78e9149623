package org.psmm.core.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellQuoteTest {

    @Test
    void wrapsInSingleQuotesAndEscapesSingleQuotes() {
        assertEquals("''", ShellQuote.quote(""));
        assertEquals("'abc'", ShellQuote.quote("abc"));
        assertEquals("'a'\\''b'", ShellQuote.quote("a'b"));
        assertEquals("''\\'''", ShellQuote.quote("'"));
        assertEquals("'$(id) `id` \"x\" \\'", ShellQuote.quote("$(id) `id` \"x\" \\"));
        assertEquals("'a\nb'", ShellQuote.quote("a\nb"));
    }

    @Test
    void refusesNulAndNull() {
        assertThrows(IllegalArgumentException.class, () -> ShellQuote.quote("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> ShellQuote.quote("\0"));
        assertThrows(IllegalArgumentException.class, () -> ShellQuote.quote(null));
    }

    @Test
    void quotedWordHasNoUnquotedSpecialCharacter() {
        // Read each result as a shell would: outside single quotes only an escaped quote (\')
        // may appear, so no character is ever interpreted.
        for (String s : HostileStrings.fixed()) {
            String quoted = ShellQuote.quote(s);
            boolean inside = false;
            for (int i = 0; i < quoted.length(); i++) {
                char c = quoted.charAt(i);
                if (c == '\'') {
                    inside = !inside;
                } else if (!inside) {
                    int at = i;
                    assertTrue(c == '\\' && i + 1 < quoted.length() && quoted.charAt(i + 1) == '\'',
                            () -> "unquoted character at " + at + " in " + quoted);
                    i++;
                }
            }
            assertTrue(!inside, () -> "unbalanced quotes in " + quoted);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bin/sh", "/bin/dash", "/bin/bash"})
    void hostileWordsRoundTripThroughARealShell(String shell) throws Exception {
        if (!Files.isExecutable(Path.of(shell))) {
            // sh is required; dash and bash are checked where installed (Debian has both).
            assertTrue(!shell.equals("/bin/sh"), "/bin/sh is missing");
            return;
        }
        List<String> words = new ArrayList<>(HostileStrings.fixed());
        words.addAll(HostileStrings.random(20261123L, 1000));
        // One shell run for the lot keeps the test fast; one printf per word limits the command
        // line (and shows each word separately if one breaks).
        StringBuilder script = new StringBuilder();
        for (String word : words) {
            script.append("printf '%s\\0' ").append(ShellQuote.quote(word)).append('\n');
        }
        assertEquals(words, LocalShell.words(shell, script.toString()));
    }

    @Test
    void joinedWordsStaySeparate() throws Exception {
        List<String> words = List.of("printf", "%s\\0", "a b", "", "'", "$(id)", "x\ny");
        List<String> printed = LocalShell.words("/bin/sh", ShellQuote.join(words));
        assertEquals(words.subList(2, words.size()), printed);
    }
}
