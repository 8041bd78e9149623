/**
 * PSMM's environment (the PSMM_* variables and TZ) checked before the server starts, one
 * sentence per wrong value, by bin/psmm start and the container's entrypoint alike.
 */
package org.psmm.core.config;
