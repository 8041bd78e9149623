/**
 * The roles of the console, the API and the services, and how passwords are hashed (bcrypt, as
 * WildFly's Elytron JDBC realm reads them).
 */
package org.psmm.security;
