/**
 * The one shape of PSMM's expected failures: an exception with a kind (invalid, not found,
 * conflict, busy, ...) and the field at fault, which the API maps to one status and one body.
 */
package org.psmm.error;
