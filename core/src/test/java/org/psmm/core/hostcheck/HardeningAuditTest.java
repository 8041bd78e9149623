package org.psmm.core.hostcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HardeningAuditTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = HardeningAuditTest.class.getResourceAsStream("/fixtures/hostcheck/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, AuditFinding> byRule(List<AuditFinding> findings) {
        return findings.stream().collect(Collectors.toMap(AuditFinding::rule, f -> f));
    }

    @Test
    void hardenedServerPassesEveryRule() throws IOException {
        var findings = byRule(HardeningAudit.audit(fixture("sshd-T-hardened.txt"), fixture("id-monitor-in-sudo.txt"), "monitor"));
        assertEquals(4, findings.size());
        findings.values().forEach(f -> assertTrue(f.passed(), f.toString()));
        assertEquals("permitrootlogin no", findings.get(HardeningAudit.ROOT_LOGIN).evidence());
        assertEquals("passwordauthentication no", findings.get(HardeningAudit.PASSWORD_LOGIN).evidence());
    }

    @Test
    void debianDefaultsFailRootAndPasswordRules() throws IOException {
        var findings = byRule(HardeningAudit.audit(fixture("sshd-T-debian12-default.txt"), fixture("id-monitor-in-sudo.txt"), "monitor"));
        assertFalse(findings.get(HardeningAudit.ROOT_LOGIN).passed());
        assertEquals("permitrootlogin without-password", findings.get(HardeningAudit.ROOT_LOGIN).evidence());
        assertFalse(findings.get(HardeningAudit.PASSWORD_LOGIN).passed());
        assertTrue(findings.get(HardeningAudit.KEYBOARD_INTERACTIVE).passed());
    }

    @Test
    void userOutsideSudoFails() throws IOException {
        var findings = byRule(HardeningAudit.audit(fixture("sshd-T-hardened.txt"), fixture("id-nosudo.txt"), "nosudo"));
        assertFalse(findings.get(HardeningAudit.MONITOR_IN_SUDO).passed());
        assertTrue(findings.get(HardeningAudit.MONITOR_IN_SUDO).evidence().contains("groups=1002(nosudo)"));
    }

    @Test
    void noOutputFailsEverythingWithoutThrowing() {
        var findings = HardeningAudit.audit("", null, "monitor");
        assertEquals(4, findings.size());
        findings.forEach(f -> assertFalse(f.passed(), f.toString()));
        assertTrue(byRule(findings).get(HardeningAudit.ROOT_LOGIN).evidence().contains("not reported"));
    }

    @Test
    void groupNamedLikeSudoIsNotSudo() {
        var findings = byRule(HardeningAudit.audit("permitrootlogin no\n",
                "uid=1001(monitor) gid=1001(monitor) groups=1001(monitor),30(sudoers-old)", "monitor"));
        assertFalse(findings.get(HardeningAudit.MONITOR_IN_SUDO).passed());
    }
}
