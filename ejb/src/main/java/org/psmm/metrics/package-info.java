/**
 * Host metrics: the poll timer, the parallel SSH poll of every watched host, the samples it
 * stores (per host and per mount) and their purge after the retention.
 */
package org.psmm.metrics;
