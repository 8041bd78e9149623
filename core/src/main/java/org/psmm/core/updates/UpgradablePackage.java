package org.psmm.core.updates;

import java.util.regex.Pattern;

/**
 * A package apt will upgrade: its name and the installed and candidate versions, each checked
 * against Debian's syntax so nothing else from the server's output is kept or shown.
 *
 * @param name Debian package name, optionally with an architecture ({@code libc6:amd64})
 * @param from the installed version
 * @param to the version apt installs
 */
public record UpgradablePackage(String name, String from, String to) {

    /** Policy 5.6.1: lower case letters, digits, + - . ; at least two characters; plus ":arch". */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.+-]+(:[a-z0-9-]+)?");
    /** Policy 5.6.12: [epoch:]upstream[-revision] with letters, digits, . + ~ - and :. */
    static final Pattern VERSION = Pattern.compile("[0-9][A-Za-z0-9.+~:-]*");
    static final int MAX_LENGTH = 128;

    public UpgradablePackage {
        if (!isName(name)) {
            throw new IllegalArgumentException("not a Debian package name");
        }
        if (!isVersion(from) || !isVersion(to)) {
            throw new IllegalArgumentException("not a Debian version");
        }
    }

    public static boolean isName(String s) {
        return s != null && s.length() <= MAX_LENGTH && NAME.matcher(s).matches();
    }

    public static boolean isVersion(String s) {
        return s != null && s.length() <= MAX_LENGTH && VERSION.matcher(s).matches();
    }
}
