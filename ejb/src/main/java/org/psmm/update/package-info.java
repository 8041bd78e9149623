/**
 * System updates over SSH: runs recorded per host, started on demand or on schedule and carried
 * out asynchronously, with the captive portal login before and logout after.
 */
package org.psmm.update;
