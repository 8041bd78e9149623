package org.psmm.account;

import java.io.Serializable;
import java.util.List;

/**
 * What the directory says of one user, as "Test the directory" shows it: where it is, its name
 * and mail, its groups among those PSMM maps, and the role they give (null: it would be refused).
 */
public record DirectoryLookup(String username, String dn, String displayName, String email, List<String> groups, String role,
        long millis) implements Serializable {
}
