package org.psmm.core.metrics;

import org.psmm.core.ssh.RemoteCommand;

/**
 * The one command a metrics poll runs on a host: everything in one round trip, each part after
 * a marker line. It is a constant: no host data ever goes into it. df may fail on one mount
 * (a stale NFS handle) and still print the others, so its status is ignored; the end marker
 * tells a complete answer from a cut one. The ps, who, ttys and loginctl sections are optional:
 * a host without procps' ps, utmp or systemd still gives its metrics.
 */
public final class MetricsScript {

    static final String MARK = "@@";

    public static final String SCRIPT = String.join("\n",
            "echo '@@psmm-metrics 1'",
            "echo '@@stat'; cat /proc/stat",
            "echo '@@meminfo'; cat /proc/meminfo",
            "echo '@@df'; df -P -T -k 2>/dev/null",
            "echo '@@loadavg'; cat /proc/loadavg",
            "echo '@@uptime'; cat /proc/uptime",
            "echo '@@users'; who 2>/dev/null | wc -l",
            // Sessions and processes (issue 18): every line they print is prefixed with "|", so no
            // user, tty or process name can ever start a marker line.
            "echo '@@ps'; LC_ALL=C ps -eo pid=,user:32=,etimes=,times=,rss=,stat=,tty=,comm= 2>/dev/null | sed 's/^/|/'",
            "echo '@@who'; LC_ALL=C who -u 2>/dev/null | sed 's/^/|/'",
            "echo '@@ttys'; date +%s; stat -c '%X %n' /dev/pts/[0-9]* /dev/tty[0-9]* 2>/dev/null",
            // Where systemd-logind runs, its sessions (with their idle hint, remote host and state)
            // replace who's; the section is there only when loginctl answered. The ids are logind's.
            "set -f; ids=$(LC_ALL=C loginctl --no-legend list-sessions 2>/dev/null) && { echo '@@loginctl';"
                    + " ids=$(echo \"$ids\" | awk '{print $1}'); [ -z \"$ids\" ] || LC_ALL=C loginctl show-session $ids"
                    + " -p Id -p Name -p TTY -p Remote -p RemoteHost -p State -p IdleSinceHint -p Timestamp -p Leader"
                    + " 2>/dev/null | sed 's/^/|/'; }; set +f",
            "echo '@@end'",
            "");

    /** What a poll keeps of the answer at most (a host with hundreds of CPUs and mounts fits). */
    public static final int MAX_OUTPUT_BYTES = 512 * 1024;

    private MetricsScript() {
    }

    public static RemoteCommand command() {
        return RemoteCommand.script(SCRIPT);
    }
}
