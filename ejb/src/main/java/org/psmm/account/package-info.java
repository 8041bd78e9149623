/**
 * PSMM's own users: local accounts (bcrypt, Elytron's JDBC realm) and directory users (Elytron's
 * LDAP realm) who appear after their first sign-in; the rules that guard the sign-in door
 * (failed sign-ins stored as failed logins, a lock per user and address); the directory test.
 */
package org.psmm.account;
