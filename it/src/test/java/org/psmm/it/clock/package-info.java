/**
 * A module the integration tests add to the EAR they deploy, and nothing else does: the endpoint
 * that moves PSMM's clock, so a production PSMM cannot have it.
 */
package org.psmm.it.clock;
