package org.psmm.account;

/** What an admin gives to create a local user; checked by {@link AccountService#create}. */
public record NewUser(String username, String displayName, String email, String role, String password) {
}
