package org.psmm.advisory;

/**
 * How listing one host's packages went.
 *
 * @param hostId   the host
 * @param host     its name
 * @param packages packages installed, or 0 on error
 * @param rejected lines of dpkg's output that were no package
 * @param error    why it failed, or null
 */
public record InventoryOutcome(long hostId, String host, int packages, int rejected, String error) {
}
