package org.psmm.core.ssh;

/**
 * The one quoting function for remote command lines: every word that reaches a remote shell goes
 * through {@link #quote(String)}, so no text (a path, a user name, anything read from a log) is
 * ever interpreted by the shell.
 */
public final class ShellQuote {

    private ShellQuote() {
    }

    /**
     * Quotes one word for a POSIX shell: wrapped in single quotes, each {@code '} written as
     * {@code '\''}. Inside single quotes a POSIX shell gives no character a special meaning, so the
     * result always stands for exactly {@code word}, including the empty string.
     *
     * @throws IllegalArgumentException if {@code word} holds a NUL character, which no shell word
     *     or C string can carry (the command would silently be cut there)
     */
    public static String quote(String word) {
        if (word == null) {
            throw new IllegalArgumentException("cannot quote a null word");
        }
        if (word.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a shell word cannot contain a NUL character");
        }
        StringBuilder quoted = new StringBuilder(word.length() + 2);
        quoted.append('\'');
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\'') {
                quoted.append("'\\''");
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('\'').toString();
    }

    /** Quotes each word and joins them with single spaces: one command line. */
    public static String join(Iterable<String> words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(quote(word));
        }
        return line.toString();
    }
}
