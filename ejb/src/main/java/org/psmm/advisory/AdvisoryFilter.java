package org.psmm.advisory;

import java.time.Instant;
import org.psmm.core.advisory.AdvisoryKind;

/**
 * What the list shows; every field may be null (no filter).
 *
 * @param text     in the reference, title or summary
 * @param kind     avis or alerte
 * @param from     published at or after
 * @param to       published before
 * @param exposed  true: only advisories concerning some host; false: only the others
 * @param newSince only advisories PSMM first saw after this instant (a user's last visit)
 */
public record AdvisoryFilter(String text, AdvisoryKind kind, Instant from, Instant to, Boolean exposed, Instant newSince) {

    public static final AdvisoryFilter ALL = new AdvisoryFilter(null, null, null, null, null, null);
}
