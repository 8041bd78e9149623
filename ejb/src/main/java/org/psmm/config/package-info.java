/**
 * Where PSMM reads its configuration: the environment of the server process (database, mail,
 * first administrator) and the shared clock, injected everywhere so tests can move time.
 */
package org.psmm.config;
