/**
 * PSMM's JSR-352 jobs, run by JBeret: job XML under META-INF/batch-jobs (file name = job id),
 * the code that starts, restarts and lists them (it must live in the module of the job XML),
 * and their timers. One sub-package per job.
 */
package org.psmm.batch;
