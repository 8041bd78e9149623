package org.psmm.core.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a local password must be: at least 12 characters, and at most 72 bytes in UTF-8 because
 * bcrypt ignores what comes after them (a longer password would be silently cut).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    /** What is wrong with a password; the console words each in its language. */
    public enum Problem {
        TOO_SHORT("must be at least " + MIN_LENGTH + " characters long"),
        TOO_LONG("must be at most " + MAX_BYTES + " bytes long (bcrypt ignores what comes after)"),
        ONE_CHARACTER("must not be one character repeated"),
        USER_NAME("must not be the user name");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }
    }

    private PasswordRules() {
    }

    /** Why this password is refused for this user; empty if it is fine. */
    public static Optional<Problem> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (password.isBlank() || password.chars().distinct().count() == 1) {
            return Optional.of(Problem.ONE_CHARACTER);
        }
        if (username != null && password.equalsIgnoreCase(username.strip())) {
            return Optional.of(Problem.USER_NAME);
        }
        return Optional.empty();
    }
}
