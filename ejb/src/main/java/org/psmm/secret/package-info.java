/**
 * Stored credentials (chat webhook URLs, portal and SNMP passwords, ...) sealed with the key in
 * PSMM's data directory: the database and its backups never hold them in clear.
 */
package org.psmm.secret;
