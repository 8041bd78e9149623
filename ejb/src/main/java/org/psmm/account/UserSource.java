package org.psmm.account;

/** Where a user signs in: PSMM's own table (a local password) or the company directory. */
public enum UserSource {
    LOCAL,
    LDAP
}
