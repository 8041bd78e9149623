package org.psmm.core.advisory;

import java.util.regex.Pattern;

/**
 * A product CERT-FR names, and the Debian packages that carry it.
 *
 * @param name     PSMM's name for it, as stored with an advisory ("OpenSSH")
 * @param named    how an advisory's title names it (words, case ignored)
 * @param packages the Debian binary package names that carry it (whole name)
 */
public record Product(String name, Pattern named, Pattern packages) {

    /** Whether {@code packageName} (as dpkg lists it, without the architecture) carries this product. */
    public boolean carriedBy(String packageName) {
        return packages.matcher(packageName).matches();
    }

    /** Whether the text names this product. */
    public boolean namedIn(String text) {
        return named.matcher(text).find();
    }
}
