/**
 * The {@code psmm-logcheck} command: scans log files (plain or gzip) with the job's own parsers and
 * prints each auth failure as text or JSON, so parsers can be checked against any log without a server.
 */
package org.psmm.core.logcheck;
