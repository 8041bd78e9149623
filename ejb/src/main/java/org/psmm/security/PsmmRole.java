package org.psmm.security;

/** The roles of the console and the API; names as stored in app_user_role and used in @RolesAllowed. */
public final class PsmmRole {

    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";

    private PsmmRole() {
    }
}
