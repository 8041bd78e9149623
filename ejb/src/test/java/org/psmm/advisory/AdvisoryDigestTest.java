package org.psmm.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmm.core.advisory.AdvisoryReference;
import org.psmm.core.advisory.FeedItem;
import org.psmm.core.notify.AdminTexts;

/** The digest's words, in both languages, with the feed's text escaped in the HTML part. */
class AdvisoryDigestTest {

    private static Advisory advisory(String reference, String title) {
        FeedItem item = new FeedItem(AdvisoryReference.find(reference).orElseThrow(), title, false,
                Instant.parse("2026-08-14T00:00:00Z"), "https://www.cert.ssi.gouv.fr/avis/" + reference + "/", "résumé");
        return new Advisory(item, "https://feed", Instant.parse("2026-08-14T08:00:00Z"));
    }

    private static final List<AdvisoryDigest.Entry> ENTRIES = List.of(
            new AdvisoryDigest.Entry(advisory("CERTFR-2026-AVI-1026", "Vulnérabilité dans OpenSSH"),
                    List.of("lab-ftp (openssh-server 1:9.2p1)", "lab-ftp (openssh-client 1:9.2p1)", "lab-web (openssh-server 1:9.2p1)")),
            new AdvisoryDigest.Entry(advisory("CERTFR-2026-AVI-1012", "Faille dans <script>alert(1)</script>"), List.of()));

    @Test
    void theTextSaysWhichHostsEachAdvisoryConcerns() {
        String text = AdvisoryDigest.text(ENTRIES, AdminTexts.ENGLISH);
        assertTrue(text.contains("CERTFR-2026-AVI-1026 (advisory, published 2026-08-14)"), text);
        assertTrue(text.contains("concerns 2 of your hosts: lab-ftp (openssh-server 1:9.2p1)"), text);
        assertTrue(text.contains("https://www.cert.ssi.gouv.fr/avis/CERTFR-2026-AVI-1012/"), text);
        String fr = AdvisoryDigest.text(ENTRIES, AdminTexts.of("fr"));
        assertTrue(fr.contains("concerne 2 de vos serveurs"), fr);
        assertTrue(fr.contains("avis, publié le 2026-08-14"), fr);
    }

    @Test
    void theHtmlEscapesWhatTheFeedSaid() {
        String html = AdvisoryDigest.html(ENTRIES, "2 new CERT-FR advisories", AdminTexts.ENGLISH);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<a href=\"https://www.cert.ssi.gouv.fr/avis/CERTFR-2026-AVI-1026/\">"), html);
    }

    @Test
    void subjectsCountInBothLanguages() {
        assertEquals("3 new CERT-FR advisories", AdminTexts.ENGLISH.count("advisories.subject", 3, "x"));
        assertEquals("New CERT-FR advisory: Vulnérabilité dans OpenSSL",
                AdminTexts.ENGLISH.count("advisories.subject", 1, "Vulnérabilité dans OpenSSL"));
        assertEquals("3 nouveaux avis du CERT-FR", AdminTexts.of("fr").count("advisories.subject", 3, "x"));
    }
}
