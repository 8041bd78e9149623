/**
 * The auth-failures job: one partition per log source; the reader streams the remote log over
 * SSH from its cursor, the processor parses each line with the core parser of its format, the
 * writer stores the failures with their natural key in the chunk's transaction.
 */
package org.psmm.batch.authfailures;
