package org.psmm.account;

/** Which door a sign-in came through. */
public enum SignInChannel {
    CONSOLE("console"),
    API("api");

    private final String word;

    SignInChannel(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
