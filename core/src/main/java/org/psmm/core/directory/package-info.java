/**
 * Sign-in with the company's directory (OpenLDAP, Active Directory): its settings read from the
 * environment once, the group-to-role rule, and the WildFly CLI that configures Elytron for it.
 */
package org.psmm.core.directory;
