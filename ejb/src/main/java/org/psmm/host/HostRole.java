package org.psmm.host;

/** What a host runs, which decides the log sources and checks PSMM suggests for it. */
public enum HostRole {
    FTP, SQL, WEB, OTHER
}
