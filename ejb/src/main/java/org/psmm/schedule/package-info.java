/**
 * How PSMM's periodic work is written once: a timer that re-arms itself from a setting and skips
 * its round while a restore pauses the jobs, a lock that keeps one round running at a time, and
 * the batched delete the retention purges share.
 */
package org.psmm.schedule;
