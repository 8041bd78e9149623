package org.psmm.core.advisory;

/**
 * A package installed on a host, as dpkg reports it.
 *
 * @param name    the binary package, without the architecture ("libssl3")
 * @param version its Debian version ("3.0.15-1~deb12u1")
 */
public record InstalledPackage(String name, String version) {
}
