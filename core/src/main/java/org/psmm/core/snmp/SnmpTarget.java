package org.psmm.core.snmp;

import java.util.Objects;

/**
 * An agent and how to speak to it. Holds secrets in clear (the community, the v3 passwords), so
 * {@link #toString()} names none of them: a target may end up in a log line.
 *
 * @param privPassword null for authNoPriv
 */
public record SnmpTarget(String address, int port, SnmpVersion version, String community, String user,
        AuthProtocol authProtocol, String authPassword, PrivProtocol privProtocol, String privPassword) {

    public SnmpTarget {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(version, "version");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
        if (version == SnmpVersion.V2C && (community == null || community.isEmpty())) {
            throw new IllegalArgumentException("v2c needs a community");
        }
        if (version == SnmpVersion.V3 && (user == null || user.isEmpty() || authProtocol == null || authPassword == null)) {
            throw new IllegalArgumentException("v3 needs a user, an authentication protocol and a password");
        }
    }

    public static SnmpTarget v2c(String address, int port, String community) {
        return new SnmpTarget(address, port, SnmpVersion.V2C, community, null, null, null, null, null);
    }

    public static SnmpTarget v3(String address, int port, String user, AuthProtocol auth, String authPassword,
            PrivProtocol priv, String privPassword) {
        return new SnmpTarget(address, port, SnmpVersion.V3, null, user, auth, authPassword, priv, privPassword);
    }

    /** address:port, as people read it (IPv6 in brackets). */
    public String endpoint() {
        return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port;
    }

    @Override
    public String toString() {
        return "SnmpTarget[" + endpoint() + " " + version + (user == null ? "" : " user " + user) + "]";
    }
}
