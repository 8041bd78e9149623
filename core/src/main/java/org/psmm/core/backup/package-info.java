/**
 * Backups of PSMM's own database without a container: file names, retention, SHA-256 files,
 * and running mariadb-dump and the mariadb client with the password kept off command lines.
 */
package org.psmm.core.backup;
