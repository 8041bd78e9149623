package org.psmm.account;

/** Why a sign-in was refused, as stored with the failed login and said to the person. */
public enum SignInRefusal {
    /** Unknown user or wrong password (never said apart: that would tell which names exist). */
    WRONG_PASSWORD("auth", "wrong user name or password"),
    /** Too many failures of this user from this address: refused without checking the password. */
    LOCKED("authz", "refused: too many failed sign-ins of this user from this address"),
    /** A directory user in none of PSMM's groups. */
    NO_ROLE("authz", "refused: the directory puts this user in none of PSMM's groups"),
    /** A directory user an admin disabled in PSMM. */
    DISABLED("authz", "refused: this user is disabled in PSMM");

    private final String kind;
    private final String words;

    SignInRefusal(String kind, String words) {
        this.kind = kind;
        this.words = words;
    }

    /** The failure kind it is stored as (auth: bad credentials; authz: refused by PSMM's rules). */
    public String kind() {
        return kind;
    }

    public String words() {
        return words;
    }
}
