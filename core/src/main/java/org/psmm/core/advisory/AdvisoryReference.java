package org.psmm.core.advisory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An advisory's reference, CERTFR-YYYY-AVI-NNNN or CERTFR-YYYY-ALE-NNN: what an advisory is stored
 * once by. Older avis had three digits, so three or four are read for both kinds. Bulletins
 * (CERTFR-YYYY-ACT-NNN) and anything else are no reference.
 *
 * @param value the reference as CERT-FR writes it, upper case
 * @param kind  avis or alerte
 */
public record AdvisoryReference(String value, AdvisoryKind kind) {

    private static final Pattern REFERENCE = Pattern.compile("CERTFR-(\\d{4})-(AVI|ALE)-(\\d{3,4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    /** The first reference found in the texts, looked at in order (the link, then the guid...). */
    public static Optional<AdvisoryReference> find(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = REFERENCE.matcher(text);
            if (m.find()) {
                String type = m.group(2).toUpperCase(java.util.Locale.ROOT);
                return Optional.of(new AdvisoryReference("CERTFR-" + m.group(1) + "-" + type + "-" + m.group(3),
                        type.equals("AVI") ? AdvisoryKind.AVIS : AdvisoryKind.ALERTE));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
