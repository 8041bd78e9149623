/**
 * Backups of PSMM's own database: the 3-hourly timer, the run history, retention, and restores
 * that pause PSMM's timers and jobs while the database is replaced.
 */
package org.psmm.backup;
