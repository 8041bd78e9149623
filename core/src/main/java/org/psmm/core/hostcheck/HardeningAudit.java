package org.psmm.core.hostcheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The brief's SSH rules checked on what the server itself reports: {@code sshd -T} prints the
 * effective configuration (after Include and defaults), so a commented-out line in sshd_config
 * cannot fool the audit the way reading the file would.
 */
public final class HardeningAudit {

    public static final String ROOT_LOGIN = "root-login-refused";
    public static final String PASSWORD_LOGIN = "password-login-off";
    public static final String KEYBOARD_INTERACTIVE = "keyboard-interactive-off";
    public static final String MONITOR_IN_SUDO = "monitor-in-sudo-group";

    private static final Pattern ID_GROUPS = Pattern.compile("groups=(.*)$");
    private static final Pattern ID_GROUP = Pattern.compile("\\d+\\(([^)]*)\\)");

    private HardeningAudit() {
    }

    /**
     * @param sshdT the output of {@code sshd -T} (one "keyword value" a line, keywords lower case)
     * @param idOutput the output of {@code id USER} for the SSH user
     * @param sshUser the SSH user PSMM logs in as
     */
    public static List<AuditFinding> audit(String sshdT, String idOutput, String sshUser) {
        Map<String, String> config = effectiveConfig(sshdT);
        List<AuditFinding> findings = new ArrayList<>();
        String root = config.get("permitrootlogin");
        findings.add(new AuditFinding(ROOT_LOGIN, "no".equals(root), "permitrootlogin " + orMissing(root)));
        String password = config.get("passwordauthentication");
        findings.add(new AuditFinding(PASSWORD_LOGIN, "no".equals(password), "passwordauthentication " + orMissing(password)));
        // Keyboard-interactive is the other door to a password (through PAM).
        String kbd = config.containsKey("kbdinteractiveauthentication")
                ? config.get("kbdinteractiveauthentication")
                : config.get("challengeresponseauthentication");
        String kbdKey = config.containsKey("kbdinteractiveauthentication")
                ? "kbdinteractiveauthentication " : "challengeresponseauthentication ";
        findings.add(new AuditFinding(KEYBOARD_INTERACTIVE, "no".equals(kbd), kbdKey + orMissing(kbd)));
        List<String> groups = groups(idOutput);
        String idLine = idOutput == null ? "" : idOutput.strip();
        findings.add(new AuditFinding(MONITOR_IN_SUDO, groups.contains("sudo"),
                idLine.isEmpty() ? "id " + sshUser + ": no output" : idLine));
        return findings;
    }

    static Map<String, String> effectiveConfig(String sshdT) {
        Map<String, String> config = new LinkedHashMap<>();
        if (sshdT == null) {
            return config;
        }
        for (String line : sshdT.split("\\R")) {
            String[] words = line.strip().split("\\s+", 2);
            if (words.length == 2) {
                // sshd -T prints the first value that applies; keep the first occurrence too.
                config.putIfAbsent(words[0].toLowerCase(Locale.ROOT), words[1].strip());
            }
        }
        return config;
    }

    static List<String> groups(String idOutput) {
        if (idOutput == null) {
            return List.of();
        }
        Matcher m = ID_GROUPS.matcher(idOutput.strip());
        if (!m.find()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Matcher g = ID_GROUP.matcher(m.group(1));
        while (g.find()) {
            names.add(g.group(1));
        }
        return names.isEmpty() ? Arrays.asList(m.group(1).split(",")) : names;
    }

    private static String orMissing(String value) {
        return value == null ? "(not reported)" : value;
    }
}
