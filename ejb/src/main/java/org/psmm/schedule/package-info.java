/**
 * How PSMM's periodic work is written once: a timer that re-arms itself from a setting and skips
 * its round while a restore pauses the jobs, and a lock that keeps one round running at a time.
 */
package org.psmm.schedule;
