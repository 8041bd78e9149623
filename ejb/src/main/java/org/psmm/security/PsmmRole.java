package org.psmm.security;

/** The roles of the console and the API; names as stored in app_user_role and used in @RolesAllowed. */
public final class PsmmRole {

    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";

    /** Highest first: what a caller with several roles is shown as. */
    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, OPERATOR, VIEWER);

    private PsmmRole() {
    }

    /** The highest role the caller holds, null with none. */
    public static String highest(java.util.function.Predicate<String> inRole) {
        return ALL.stream().filter(inRole).findFirst().orElse(null);
    }
}
