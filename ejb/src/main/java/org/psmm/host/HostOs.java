package org.psmm.host;

/**
 * The operating system of a host, which decides its metrics poll and its log-off command:
 * Linux (the default: a POSIX shell, /proc, who, sudo) or Windows over OpenSSH for Windows
 * (PowerShell, quser, logoff). Linux-only features (apt updates, dpkg packages, log files) say
 * so for a Windows host instead of failing on a missing command.
 */
public enum HostOs {
    LINUX, WINDOWS;

    /** The message a Linux-only feature gives for a Windows host. */
    public String linuxOnly(String what, String host) {
        return what + " works on Linux hosts only: " + host + " is marked Windows";
    }
}
