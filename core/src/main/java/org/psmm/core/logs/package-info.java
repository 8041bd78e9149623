/**
 * Auth-failure log parsers: one {@link org.psmm.core.logs.LogLineParser} per server log format turns a
 * line into a {@link org.psmm.core.logs.ParsedFailure} (who, from where, when), for the batch job and psmm-logcheck.
 */
package org.psmm.core.logs;
