/**
 * PSMM's JSR-352 jobs, run by JBeret: job XML under META-INF/batch-jobs (file name = job id),
 * readers, processors and writers as named CDI beans. The auth-failures job comes here.
 */
package org.psmm.batch;
