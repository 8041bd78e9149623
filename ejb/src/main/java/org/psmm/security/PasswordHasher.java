package org.psmm.security;

import org.mindrot.jbcrypt.BCrypt;

/** bcrypt in the "$2a$" modular-crypt form that Elytron's modular-crypt-mapper reads. */
public final class PasswordHasher {

    // 10 (as most frameworks): every HTTP Basic API call pays it, ~60 ms here; 12 cost ~250 ms.
    private static final int COST = 10;

    private PasswordHasher() {
    }

    public static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST));
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.checkpw(password, hash);
    }
}
