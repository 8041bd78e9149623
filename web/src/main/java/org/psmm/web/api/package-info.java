/**
 * The JSON API under /psmm/api/: HTTP Basic against PSMM's Elytron domain, roles as in the
 * console; /health answers without authentication for load balancers and bin/psmm.
 */
package org.psmm.web.api;
