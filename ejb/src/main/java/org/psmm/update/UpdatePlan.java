package org.psmm.update;

import org.psmm.core.ssh.SshTarget;

/**
 * What a run needs once it has started, read in one transaction: where to connect, how to run
 * apt, and the portal to pass (null if none). {@code refusal} says why the run cannot start.
 */
record UpdatePlan(String hostName, SshTarget target, String aptConfig, String rootPrefix, PortalAccess portal,
        String refusal) {

    /** A portal's URLs and account, password included: used for one login, never logged. */
    record PortalAccess(String loginUrl, String logoutUrl, String userField, String passwordField, String user,
            String password) {
        @Override
        public String toString() {
            return "PortalAccess[" + loginUrl + "]";
        }
    }
}
