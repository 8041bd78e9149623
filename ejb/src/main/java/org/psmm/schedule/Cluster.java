package org.psmm.schedule;

/**
 * Whether this server is a node of a cluster ({@code bin/psmm start --node N} sets the system
 * property psmm.node and starts the HA profile, whose timers live in the database store), and
 * its name. A single server (the default) is no cluster: its timers stay as they always were.
 */
public final class Cluster {

    private Cluster() {
    }

    /** True on node N of a cluster. */
    public static boolean enabled() {
        String node = System.getProperty("psmm.node");
        return node != null && !node.isBlank();
    }

    /** This server's node name (jboss.node.name: psmm-node-N on a cluster). */
    public static String nodeName() {
        String name = System.getProperty("jboss.node.name");
        return name == null || name.isBlank() ? "psmm" : name;
    }
}
