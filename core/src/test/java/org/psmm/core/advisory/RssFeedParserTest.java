package org.psmm.core.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feeds made to CERT-FR's shape (fixtures/certfr), and hostile documents. */
class RssFeedParserTest {

    private final RssFeedParser parser = new RssFeedParser();

    private ParsedFeed fixture(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/certfr/" + name)) {
            return parser.parse(in);
        }
    }

    private ParsedFeed text(String xml) throws FeedFormatException {
        return parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void advisoriesAreReadOnceEachAndBulletinsAndBrokenItemsLeftOut() throws Exception {
        ParsedFeed feed = fixture("avis.xml");
        assertEquals(List.of("CERTFR-2026-AVI-1026", "CERTFR-2026-AVI-1019", "CERTFR-2026-AVI-1012"),
                feed.items().stream().map(i -> i.reference().value()).toList());
        assertEquals(1, feed.ignored(), "the bulletin d'actualité");
        assertEquals(1, feed.rejected(), "the item without a date");
        FeedItem first = feed.items().get(0);
        assertEquals("Vulnérabilité dans OpenSSH (14 août 2026)", first.title());
        assertEquals(AdvisoryKind.AVIS, first.reference().kind());
        assertFalse(first.updated());
        assertEquals(Instant.parse("2026-08-14T00:00:00Z"), first.published());
        assertEquals("https://www.cert.ssi.gouv.fr/avis/CERTFR-2026-AVI-1026/", first.link());
        assertTrue(first.summary().contains("[Voir le bulletin de l'éditeur]"), first.summary());
        assertEquals("Élévation de privilèges dans « PiXeL <Studio> » (11 août 2026)", feed.items().get(2).title());
        assertTrue(feed.items().get(2).summary().startsWith("<script>"), "kept as text, escaped where shown");
    }

    @Test
    void anUpdatedItemLosesItsMarkAndSaysSo() throws Exception {
        FeedItem updated = fixture("avis-updated.xml").items().get(0);
        assertEquals("CERTFR-2026-AVI-1026", updated.reference().value());
        assertTrue(updated.updated());
        assertEquals("Vulnérabilité dans OpenSSH (14 août 2026)", updated.title());
    }

    @Test
    void alertesAreTheOtherKind() throws Exception {
        FeedItem alerte = fixture("alerte.xml").items().get(0);
        assertEquals(new AdvisoryReference("CERTFR-2026-ALE-011", AdvisoryKind.ALERTE), alerte.reference());
    }

    @Test
    void aBillionLaughsIsRefusedWithoutExpanding() {
        long started = System.nanoTime();
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> fixture("billion-laughs.xml"));
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
        assertTrue(System.nanoTime() - started < 2_000_000_000L);
    }

    @Test
    void anExternalEntityIsNeverRead() {
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> fixture("external-entity.xml"));
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
    }

    @Test
    void brokenDocumentsAreRefusedWhole() {
        assertThrows(FeedFormatException.class, () -> text("<rss><channel><item><title>x</title></channel></rss>"));
        assertThrows(FeedFormatException.class, () -> text("<html><body>captive portal login</body></html>"));
        assertThrows(FeedFormatException.class, () -> text(""));
        assertThrows(FeedFormatException.class, () -> text("<rss><channel><item><title>&undeclared;</title></item></channel></rss>"));
    }

    @Test
    void aLinkThatIsNoWebAddressIsRejected() throws Exception {
        ParsedFeed feed = text("""
                <rss version="2.0"><channel><item><title>Vulnérabilité dans sudo</title>
                <link>javascript:alert('CERTFR-2026-AVI-0001')</link>
                <pubDate>Fri, 14 Aug 2026 00:00:00 +0000</pubDate></item></channel></rss>""");
        assertEquals(List.of(), feed.items());
        assertEquals(1, feed.rejected());
    }

    @Test
    void referencesAreFoundInLinksGuidsOrTitles() {
        assertEquals("CERTFR-2019-AVI-123", AdvisoryReference.find("https://x/avis/certfr-2019-avi-123/").get().value());
        assertTrue(AdvisoryReference.find("https://x/actualite/CERTFR-2026-ACT-033/").isEmpty());
        assertTrue(AdvisoryReference.find("CERTFR-2026-AVI-12345").isEmpty(), "five digits is no reference");
        assertEquals("CERTFR-2026-ALE-011", AdvisoryReference.find(null, "CERTFR-2026-ALE-011").get().value());
    }
}
