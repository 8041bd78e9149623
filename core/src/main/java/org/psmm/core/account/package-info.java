/**
 * The rules of PSMM's own accounts that need no server: what a password and a user name must be,
 * and when repeated failed sign-ins refuse a user from one address.
 */
package org.psmm.core.account;
