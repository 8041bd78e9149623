package org.psmm.core.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a local user name may be: letters (accents included), digits and . _ @ -, starting with a
 * letter or a digit, at most 64 characters. No spaces or quotes, so a name reads the same in a
 * log line, an LDAP filter and a mail.
 */
public final class UserNames {

    public static final int MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{0,63}");

    /** What is wrong with a user name; the console words each in its language. */
    public enum Problem {
        REQUIRED("is required"),
        TOO_LONG("must be at most " + MAX_LENGTH + " characters long"),
        CHARACTERS("may hold letters, digits and . _ @ - only, and start with a letter or a digit");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }
    }

    private UserNames() {
    }

    public static Optional<Problem> problem(String username) {
        if (username == null || username.isBlank()) {
            return Optional.of(Problem.REQUIRED);
        }
        if (username.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (!NAME.matcher(username).matches()) {
            return Optional.of(Problem.CHARACTERS);
        }
        return Optional.empty();
    }
}
