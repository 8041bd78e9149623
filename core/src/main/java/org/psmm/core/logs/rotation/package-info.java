/**
 * Where to resume reading a log that rotates: the cursor (which file, how far), what the remote
 * files look like now (probe), and the plan that finishes a rotated file before the new one.
 */
package org.psmm.core.logs.rotation;
