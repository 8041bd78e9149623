package org.psmm.core.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** dpkg-query output as a Debian 12 host prints it (captured from the lab), and hostile lines. */
class DpkgPackagesTest {

    @Test
    void installedPackagesAreReadWithoutTheirArchitecture() {
        String out = "ii \tadduser\t3.134\n"
                + "ii \tlibssl3:amd64\t3.0.22-1~deb12u2\n"
                + "ii \topenssh-server\t1:9.2p1-2+deb12u10\n"
                + "rc \tapache2\t2.4.62-1~deb12u1\n"
                + "hi \tsudo\t1.9.13p3-1+deb12u1\n"
                + "un \tnginx\t\n";
        DpkgPackages.Inventory inv = DpkgPackages.parse(out);
        assertEquals(List.of(new InstalledPackage("adduser", "3.134"), new InstalledPackage("libssl3", "3.0.22-1~deb12u2"),
                new InstalledPackage("openssh-server", "1:9.2p1-2+deb12u10"),
                new InstalledPackage("sudo", "1.9.13p3-1+deb12u1")), inv.packages());
        assertEquals(0, inv.rejected());
    }

    @Test
    void hostileLinesAreCountedNeverKept() {
        String out = "ii \t<script>\t1.0\n"
                + "ii \tbash\t5.2; rm -rf /\n"
                + "ii \tonly-two-fields\n"
                + "ii \tcurl:../../x\t7.88\n"
                + "ii \tcurl\t7.88.1-10+deb12u8\n";
        DpkgPackages.Inventory inv = DpkgPackages.parse(out);
        assertEquals(List.of(new InstalledPackage("curl", "7.88.1-10+deb12u8")), inv.packages());
        assertEquals(4, inv.rejected());
    }

    @Test
    void theCommandIsFixedWords() {
        assertEquals(List.of("dpkg-query", "-W", "-f=${db:Status-Abbrev}\\t${binary:Package}\\t${Version}\\n"),
                DpkgPackages.command().words());
    }
}
