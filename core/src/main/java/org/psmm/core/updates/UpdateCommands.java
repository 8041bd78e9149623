package org.psmm.core.updates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.psmm.core.ssh.RemoteCommand;

/**
 * The commands of a system update, built from fixed words and the admin's settings passed as
 * separate arguments (quoted by {@link RemoteCommand}); nothing read from a server goes in.
 */
public final class UpdateCommands {

    /** Prints "yes" or "no", then the packages that asked for a reboot; $1 is the root prefix. */
    static final String REBOOT_CHECK = "if [ -e \"$1/var/run/reboot-required\" ]; then echo yes;"
            + " cat \"$1/var/run/reboot-required.pkgs\" 2>/dev/null || true; else echo no; fi";

    private final String aptConfig;
    private final String rootPrefix;

    /**
     * @param aptConfig an APT_CONFIG file for apt on this host, or empty (the host's own apt)
     * @param rootPrefix put before /var/run/reboot-required, or empty
     */
    public UpdateCommands(String aptConfig, String rootPrefix) {
        this.aptConfig = aptConfig == null ? "" : aptConfig.strip();
        String prefix = rootPrefix == null ? "" : rootPrefix.strip();
        this.rootPrefix = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    /** apt-get with the environment of an unattended run: no prompt, no dialog, C messages. */
    private RemoteCommand aptGet(String... arguments) {
        List<String> words = new ArrayList<>();
        if (!aptConfig.isEmpty()) {
            words.add("APT_CONFIG=" + aptConfig);
        }
        words.add("DEBIAN_FRONTEND=noninteractive");
        words.add("apt-get");
        words.add("-q");
        // Wait for another apt (unattended-upgrades) to finish rather than fail at once.
        words.add("-o");
        words.add("DPkg::Lock::Timeout=300");
        words.addAll(List.of(arguments));
        return RemoteCommand.of("env", words).withSudo();
    }

    public RemoteCommand refreshLists() {
        return aptGet("update");
    }

    public RemoteCommand simulateUpgrade() {
        return aptGet("-s", "upgrade");
    }

    /** Applies the upgrades; a changed configuration file keeps the admin's version. */
    public RemoteCommand upgrade() {
        return aptGet("-y", "-o", "Dpkg::Options::=--force-confdef", "-o", "Dpkg::Options::=--force-confold",
                "upgrade");
    }

    public RemoteCommand rebootCheck() {
        return RemoteCommand.script(REBOOT_CHECK, rootPrefix);
    }

    /**
     * Posts the portal's login form from the server itself; the form (with the password) goes on
     * curl's stdin ({@code --data @-}), never on its command line. Prints the HTTP status.
     */
    public static RemoteCommand portalLogin(String loginUrl, String userField, String passwordField, String user,
            String password) {
        String form = encode(userField) + "=" + encode(user) + "&" + encode(passwordField) + "=" + encode(password);
        return RemoteCommand.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "30",
                "--data", "@-", "--url", loginUrl).withStdin(form.getBytes(StandardCharsets.UTF_8));
    }

    /** Opens the portal's logout URL from the server. Prints the HTTP status. */
    public static RemoteCommand portalLogout(String logoutUrl) {
        return RemoteCommand.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "30",
                "--url", logoutUrl);
    }

    /** Whether curl's "-w %{http_code}" output says the portal accepted (2xx or a redirect). */
    public static boolean portalAccepted(String httpCode) {
        String code = httpCode == null ? "" : httpCode.strip();
        return code.matches("[23][0-9][0-9]");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
