package org.psmm.core.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** apt-get output captured from the lab (lab/apt-repo), and hostile variants of it. */
class AptOutputTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = AptOutputTest.class.getResourceAsStream("/fixtures/apt/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void simulatedUpgradeFromTheLabListsTheUpgradablePackage() throws IOException {
        AptOutput.Simulation s = AptOutput.simulatedUpgrades(fixture("sim.out"));
        assertEquals(List.of(new UpgradablePackage("psmm-lab-demo", "1.0", "1.1")), s.packages());
        assertEquals(0, s.rejectedLines());
    }

    @Test
    void brokenRepositoryVersionIsReadWithItsPlus() throws IOException {
        AptOutput.Simulation s = AptOutput.simulatedUpgrades(fixture("sim-broken.out"));
        assertEquals(List.of(new UpgradablePackage("psmm-lab-demo", "1.0", "1.1+broken")), s.packages());
    }

    @Test
    void outputsWithoutUpgradesGiveNone() throws IOException {
        assertTrue(AptOutput.simulatedUpgrades(fixture("update.out")).packages().isEmpty());
        assertTrue(AptOutput.simulatedUpgrades(fixture("upgrade.out")).packages().isEmpty());
    }

    @Test
    void realDebianLinesWithEpochsArchitecturesAndNewDependencies() {
        String out = """
                Inst libc6:amd64 [2.36-9+deb12u7] (2.36-9+deb12u9 Debian-Security:12/stable-security [amd64])
                Inst linux-image-6.1.0-28-amd64 (6.1.119-1 Debian-Security:12/stable-security [amd64])
                Inst openssl [3.0.15-1~deb12u1] (3.0.16-1~deb12u1 Debian:12.10/stable [amd64]) []
                Inst tzdata [2024a-0+deb12u1] (2025b-0+deb12u1 Debian:12.11/stable [all])
                Inst systemd [1:252.33-1~deb12u1] (1:252.36-1~deb12u1 Debian:12.11/stable [amd64])
                Conf libc6:amd64 (2.36-9+deb12u9 Debian-Security:12/stable-security [amd64])
                """;
        AptOutput.Simulation s = AptOutput.simulatedUpgrades(out);
        assertEquals(List.of(
                new UpgradablePackage("libc6:amd64", "2.36-9+deb12u7", "2.36-9+deb12u9"),
                new UpgradablePackage("openssl", "3.0.15-1~deb12u1", "3.0.16-1~deb12u1"),
                new UpgradablePackage("tzdata", "2024a-0+deb12u1", "2025b-0+deb12u1"),
                new UpgradablePackage("systemd", "1:252.33-1~deb12u1", "1:252.36-1~deb12u1")), s.packages());
        assertEquals(0, s.rejectedLines());
    }

    @Test
    void hostileNamesAndVersionsAreDroppedAndCounted() {
        String out = """
                Inst <script>alert(1)</script> [1.0] (1.1 x [all])
                Inst evil$(reboot) [1.0] (1.1 x [all])
                Inst good-pkg [1.0] (1.1<b> x [all])
                Inst Upper [1.0] (1.1 x [all])
                Inst fine [1.0] (2.0 x [all])
                """;
        AptOutput.Simulation s = AptOutput.simulatedUpgrades(out);
        assertEquals(List.of(new UpgradablePackage("fine", "1.0", "2.0")), s.packages());
        assertEquals(4, s.rejectedLines());
        assertThrows(IllegalArgumentException.class, () -> new UpgradablePackage("a;b", "1", "2"));
    }

    @Test
    void rebootStateKeepsOnlyPackageNames() {
        AptOutput.RebootState yes = AptOutput.rebootState("yes\npsmm-lab-demo\nlinux-image-6.1.0-28-amd64\n<img src=x>\npsmm-lab-demo\n");
        assertTrue(yes.required());
        assertEquals(List.of("psmm-lab-demo", "linux-image-6.1.0-28-amd64"), yes.packages());
        AptOutput.RebootState no = AptOutput.rebootState("no\n");
        assertFalse(no.required());
        assertTrue(no.packages().isEmpty());
    }

    @Test
    void tailKeepsTheEndCutAtALineAndDropsControlCharacters() throws IOException {
        String failed = AptOutput.tail(fixture("upgrade-broken.out"), 200);
        assertTrue(failed.endsWith("E: Sub-process /usr/bin/dpkg returned an error code (1)"), failed);
        assertTrue(failed.startsWith("…\n"));
        assertTrue(failed.length() <= 202);
        assertEquals("a\nb", AptOutput.tail("a\r\u001b[0Kb", 100).replace("[0K", ""));
    }

    @Test
    void portalFormGoesOnStdinNotOnTheCommandLine() {
        var login = UpdateCommands.portalLogin("http://portal/login", "username", "password", "psmm", "s3cr&t pw");
        assertFalse(login.commandLine().contains("s3cr"));
        assertEquals("username=psmm&password=s3cr%26t+pw", new String(login.stdin(), StandardCharsets.UTF_8));
        assertTrue(UpdateCommands.portalAccepted("302"));
        assertFalse(UpdateCommands.portalAccepted("403"));
        assertFalse(UpdateCommands.portalAccepted("000"));
    }

    @Test
    void aptSettingsArePassedAsQuotedWords() {
        UpdateCommands c = new UpdateCommands("/lab/x y/apt.conf", "/lab/root/");
        assertEquals("LC_ALL=C sudo -n -- 'env' 'APT_CONFIG=/lab/x y/apt.conf' 'DEBIAN_FRONTEND=noninteractive' 'apt-get'"
                + " '-q' '-o' 'DPkg::Lock::Timeout=300' '-s' 'upgrade'", c.simulateUpgrade().commandLine());
        assertEquals(List.of("sh", "-c", UpdateCommands.REBOOT_CHECK, "psmm-script", "/lab/root"),
                c.rebootCheck().words());
        assertFalse(new UpdateCommands("", "").refreshLists().commandLine().contains("APT_CONFIG"));
    }
}
