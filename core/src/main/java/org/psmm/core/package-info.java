/**
 * PSMM's container-free code: everything here is plain Java 17 and never imports Jakarta APIs,
 * so it is tested fast without a server and reused by the psmm-logcheck command.
 */
package org.psmm.core;
