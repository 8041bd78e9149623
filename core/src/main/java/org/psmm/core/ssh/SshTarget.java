package org.psmm.core.ssh;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where to run commands: a host, its SSH port, the account (PSMM's {@code monitor}) and the
 * host key the administrator confirmed. Sessions are pooled per target, so a new pin never
 * reuses a session opened under the old one.
 */
public record SshTarget(String host, int port, String user, HostKeyPin hostKey) {

    private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,31}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:%-]{1,253}");

    public SshTarget {
        Objects.requireNonNull(hostKey, "hostKey: a target is always pinned; scan the key first");
        if (host == null || !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("not a host name or address: "
                    + (host == null ? "null" : RemotePath.printable(host)));
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
        if (user == null || !USER.matcher(user).matches()) {
            throw new IllegalArgumentException("not a user name: "
                    + (user == null ? "null" : RemotePath.printable(user)));
        }
    }

    /** "host:port", how messages name the server. */
    public String endpoint() {
        return host + ":" + port;
    }

    /** The name the pinned key is filed under: "host" on port 22, "[host]:port" otherwise. */
    public String knownHostsName() {
        return HostKeyPin.knownHostsName(host, port);
    }

    @Override
    public String toString() {
        return user + "@" + endpoint();
    }
}
