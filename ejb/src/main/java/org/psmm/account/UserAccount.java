package org.psmm.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * A console/API user as the Users page and the API show it; never its password hash. A directory
 * user's role is the one its groups gave at its last sign-in.
 */
public record UserAccount(String username, String displayName, String email, String role, UserSource source,
        boolean enabled, boolean alertMails, boolean dailyReport, Instant lastSignInAt, String lastSignInFrom,
        Instant createdAt) implements Serializable {

    public boolean local() {
        return source == UserSource.LOCAL;
    }
}
