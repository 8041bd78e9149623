/**
 * Which logs PSMM reads on each host (path and format) and how far it has read them: the cursor
 * the auth-failures job resumes from, saved with the failures it read.
 */
package org.psmm.logsource;
