/**
 * Credentials at rest: sealed with AES-GCM under a key kept in a 0600 file beside PSMM's data,
 * never in the database, so a dump or a backup file holds no secret in clear.
 */
package org.psmm.core.secret;
