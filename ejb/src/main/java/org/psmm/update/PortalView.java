package org.psmm.update;

import java.io.Serializable;

/** A site's captive portal as pages and the API show it: the password only as "set" or not. */
public record PortalView(String site, String loginUrl, String logoutUrl, String userField, String passwordField,
        String user, boolean passwordSet) implements Serializable {
}
