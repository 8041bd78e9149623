/**
 * Console and API users: bcrypt hashes and roles in PSMM's tables, read by WildFly's Elytron
 * JDBC realm; the first administrator is created here when no user exists.
 */
package org.psmm.security;
