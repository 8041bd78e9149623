package org.psmm.core.advisory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.psmm.core.ssh.RemoteCommand;

/**
 * What a host has installed, from {@code dpkg-query -W} with a fixed format: status, package
 * (with its architecture for multi-arch packages) and version, tab-separated. Only packages
 * in the installed state count (a removed package whose configuration remains is listed "rc").
 * Every line is checked against Debian's own rules for names and versions; others are counted,
 * never kept.
 */
public final class DpkgPackages {

    /** Status abbreviation (e.g. "ii "), package, version. */
    static final String FORMAT = "${db:Status-Abbrev}\\t${binary:Package}\\t${Version}\\n";
    static final int MAX_PACKAGES = 50_000;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9+.-]{0,127}");
    private static final Pattern ARCH = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9.+~:-]{1,128}");

    /**
     * @param packages the installed packages, each name once (the first line wins)
     * @param rejected lines that were not a package line
     */
    public record Inventory(List<InstalledPackage> packages, int rejected) {
        public Inventory {
            packages = List.copyOf(packages);
        }
    }

    private DpkgPackages() {
    }

    /** The command, fixed words only. */
    public static RemoteCommand command() {
        return RemoteCommand.of("dpkg-query", "-W", "-f=" + FORMAT);
    }

    public static Inventory parse(String output) {
        Map<String, InstalledPackage> found = new LinkedHashMap<>();
        int rejected = 0;
        for (String line : output.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || f[0].length() < 2) {
                rejected++;
                continue;
            }
            if (f[0].charAt(1) != 'i') {
                continue; // not installed (rc: config files only; un: unknown)
            }
            String name = f[1];
            int colon = name.indexOf(':');
            if (colon > 0) {
                if (!ARCH.matcher(name.substring(colon + 1)).matches()) {
                    rejected++;
                    continue;
                }
                name = name.substring(0, colon);
            }
            String version = f[2].strip();
            if (!NAME.matcher(name).matches() || !VERSION.matcher(version).matches()) {
                rejected++;
                continue;
            }
            if (found.size() >= MAX_PACKAGES) {
                rejected++;
                continue;
            }
            found.putIfAbsent(name, new InstalledPackage(name, version));
        }
        return new Inventory(new ArrayList<>(found.values()), rejected);
    }
}
