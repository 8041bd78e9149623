package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * CERT-FR advisories end to end against real parts: a local HTTP server serves RSS fixtures made
 * to CERT-FR's shape (accents, [MàJ] items, a bulletin d'actualité, a malformed item, a
 * billion-laughs DTD), GreenMail receives the digest, a local webhook the chat event, and the
 * lab's hosts (openssh-server installed, no Samba) are the inventory advisories are matched to.
 */
@ExtendWith(ArquillianExtension.class)
class AdvisoriesIT {

    private static final Logger LOG = Logger.getLogger(AdvisoriesIT.class.getName());
    private static final Api API = PsmmServer.admin();
    private static final int SMTP_PORT = Integer.parseInt(System.getProperty("psmm.smtp.port", "3125"));
    private static final String AVIS = "/avis/feed/";
    private static final String ALERTE = "/alerte/feed/";
    private static final Map<String, Long> LAB = new LinkedHashMap<>();
    private static AdvisoryFeedServer feeds;
    private static ChatReceiver chat;
    private static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void labInventoriedAndFeedsUp() {
        PsmmServer.removeAllHosts();
        LAB.putAll(LabHosts.pinned("lab-ftp", "lab-web", "lab-sql"));
        Reply inventory = API.post("advisories/inventory", "");
        assertEquals(200, inventory.status(), inventory.body());
        for (JsonValue v : inventory.jsonArray()) {
            JsonObject o = v.asJsonObject();
            assertTrue(noError(o), o.toString());
            assertTrue(o.getInt("packages") > 50, o.toString());
        }
        feeds = AdvisoryFeedServer.start();
        chat = ChatReceiver.start();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void down() {
        put("{\"advisories.feeds\":\"https://www.cert.ssi.gouv.fr/avis/feed/, https://www.cert.ssi.gouv.fr/alerte/feed/\","
                + "\"alerts.adminRecipients\":\"\",\"notify.language\":\"en\"}");
        ChatChannels.deleteChannels();
        if (smtp != null) {
            smtp.stop();
        }
        if (chat != null) {
            chat.close();
        }
        if (feeds != null) {
            feeds.close();
        }
    }

    private static void put(String settings) {
        Reply r = API.put("settings", settings);
        assertEquals(200, r.status(), r.body());
    }

    private static JsonObject poll() {
        long started = System.nanoTime();
        Reply r = API.post("advisories/poll", "");
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, r.status(), r.body());
        LOG.info(() -> "advisories poll over the API: " + ms + " ms (server: " + r.json().getJsonNumber("durationMs") + " ms)");
        return r.json();
    }

    private static Map<String, JsonObject> advisories(String query) {
        Reply r = API.get("advisories?size=200" + query);
        assertEquals(200, r.status(), r.body());
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (JsonValue v : r.json().getJsonArray("items")) {
            out.put(v.asJsonObject().getString("reference"), v.asJsonObject());
        }
        return out;
    }

    private static List<MimeMessage> mailsTo(String address) {
        API.post("notifications/send-due", "");
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static boolean noError(JsonObject o) {
        return !o.containsKey("error") || o.isNull("error");
    }

    private static JsonObject feed(JsonObject poll, String path) {
        return poll.getJsonArray("feeds").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("feed").equals(feeds.url(path))).findFirst().orElseThrow();
    }

    @Test
    void advisoriesAreStoredOnceUpdatedOnceAndToldInOneDigestWhileAnOutageLosesNothing() throws Exception {
        String admin = "adv-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example.org";
        String hook = "/hooks/" + UUID.randomUUID();
        ChatChannels.addChannel("adv-" + hook.substring(8, 14), "WEBHOOK", chat.url(hook, "S"), "never-shown");
        feeds.serve(AVIS, "avis.xml");
        feeds.serve(ALERTE, "alerte.xml");
        int before = advisories("&q=CERTFR-2026-").size();
        put("{\"advisories.feeds\":\"" + feeds.url(AVIS) + ", " + feeds.url(ALERTE) + "\",\"alerts.adminRecipients\":\""
                + admin + "\"}");
        try {
            JsonObject first = poll();
            assertEquals(4, first.getInt("added"), first.toString());
            assertEquals(4, first.getInt("announced"), first.toString());
            JsonObject avis = feed(first, AVIS);
            assertTrue(noError(avis), avis.toString());
            assertEquals(1, avis.getInt("ignored"), "the bulletin d'actualité: " + avis);
            assertEquals(1, avis.getInt("rejected"), "the item without a date: " + avis);

            Map<String, JsonObject> stored = advisories("&q=CERTFR-2026-");
            List<String> order = List.copyOf(stored.keySet());
            assertTrue(order.containsAll(List.of("CERTFR-2026-AVI-1026", "CERTFR-2026-AVI-1019",
                    "CERTFR-2026-AVI-1012", "CERTFR-2026-ALE-011")), order.toString());
            assertTrue(order.indexOf("CERTFR-2026-AVI-1026") < order.indexOf("CERTFR-2026-ALE-011"),
                    "exposed advisories come first, though older: " + order);
            JsonObject openssh = stored.get("CERTFR-2026-AVI-1026");
            assertEquals("avis", openssh.getString("kind"));
            assertEquals("Vulnérabilité dans OpenSSH (14 août 2026)", openssh.getString("title"));
            assertEquals("2026-08-14T00:00:00Z", openssh.getString("published"));
            assertEquals("https://www.cert.ssi.gouv.fr/avis/CERTFR-2026-AVI-1026/", openssh.getString("link"));
            assertFalse(openssh.getBoolean("updated"));
            assertEquals("alerte", stored.get("CERTFR-2026-ALE-011").getString("kind"));

            List<MimeMessage> mails = mailsTo(admin);
            assertEquals(1, mails.size(), "one digest for the poll");
            assertEquals("[PSMM] 4 new CERT-FR advisories", mails.get(0).getSubject());
            String text = GreenMailBodies.text(mails.get(0));
            assertTrue(text.contains("CERTFR-2026-AVI-1026") && text.contains("concerns 3 of your hosts"), text);
            assertTrue(text.indexOf("AVI-1026") < text.indexOf("AVI-1019"), "exposed first: " + text);
            assertTrue(text.contains("openssh-server"), text);
            String html = GreenMailBodies.html(mails.get(0));
            assertTrue(html.contains("PiXeL &lt;Studio&gt;") && !html.contains("<Studio>"), html);
            assertTrue(html.contains("&lt;script&gt;") || !html.contains("<script>"), html);
            assertEquals(1, awaitChat(hook, 1).size());
            JsonObject event = chat.accepted(hook).get(0);
            assertEquals("advisories_new", event.getString("event"), event.toString());
            assertTrue(event.getString("title").contains("4 new CERT-FR advisories"), event.toString());

            JsonObject again = poll();
            assertEquals(0, again.getInt("added"), again.toString());
            assertEquals(0, again.getInt("updated"), again.toString());
            assertEquals(0, again.getInt("announced"), again.toString());

            feeds.serve(AVIS, "avis-updated.xml");
            JsonObject updated = poll();
            assertEquals(1, updated.getInt("updated"), updated.toString());
            assertEquals(1, updated.getInt("added"), "the OpenSSL advisory: " + updated);
            assertEquals(0, poll().getInt("updated"), "the same [MàJ] item read again changes nothing");
            JsonObject openssh2 = advisories("&q=CERTFR-2026-AVI-1026").get("CERTFR-2026-AVI-1026");
            assertTrue(openssh2.getBoolean("updated"), openssh2.toString());
            assertEquals("Vulnérabilité dans OpenSSH (14 août 2026)", openssh2.getString("title"));
            assertEquals(2, mailsTo(admin).size(), "a second mail for the new OpenSSL advisory only");
            assertEquals("[PSMM] New CERT-FR advisory: Vulnérabilité dans OpenSSL (18 août 2026)",
                    mailsTo(admin).get(1).getSubject());

            feeds.answer(AVIS, 503);
            JsonObject down = poll();
            assertEquals("HTTP 503", feed(down, AVIS).getString("error"), down.toString());
            assertTrue(noError(feed(down, ALERTE)));
            JsonObject status = API.get("advisories/feeds").jsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(f -> f.getString("url").equals(feeds.url(AVIS))).findFirst().orElseThrow();
            assertEquals("HTTP 503", status.getString("lastError"), status.toString());
            assertEquals(1, status.getInt("failuresInRow"));
            assertNotNull(status.getString("lastSuccess"), "the last success stays shown");
            assertEquals(before + 5, advisories("&q=CERTFR-2026-").size(), "nothing stored was lost");

            feeds.serve(AVIS, "avis-later.xml");
            JsonObject back = poll();
            assertTrue(noError(feed(back, AVIS)), back.toString());
            assertEquals(1, back.getInt("added"), "what came during the outage arrives: " + back);
            assertTrue(advisories("&q=CERTFR-2026-").containsKey("CERTFR-2026-AVI-1050"));

            feeds.serve(AVIS, "billion-laughs.xml");
            long started = System.nanoTime();
            JsonObject laughs = poll();
            assertTrue(System.nanoTime() - started < 10_000_000_000L, "refused, not expanded");
            assertTrue(feed(laughs, AVIS).getString("error").contains("DTD"), laughs.toString());
            assertFalse(advisories("&q=CERTFR-2026-").containsKey("CERTFR-2026-AVI-1099"));
            assertEquals(3, mailsTo(admin).size(), "one mail per poll that brought something new");
            assertEquals(3, awaitChat(hook, 3).size());
        } finally {
            put("{\"alerts.adminRecipients\":\"\"}");
            ChatChannels.deleteChannels();
        }
    }

    @Test
    void anAdvisoryNamingOpenSshConcernsTheLabHostsAndOneNamingSambaNone() {
        String path = "/exposure/feed/";
        feeds.serve(path, "exposure.xml");
        put("{\"advisories.feeds\":\"" + feeds.url(path) + "\"}");
        JsonObject polled = poll();
        assertTrue(noError(feed(polled, path)), polled.toString());
        Map<String, JsonObject> stored = advisories("&q=CERTFR-2026-AVI-20");
        assertEquals(List.of("CERTFR-2026-AVI-2026", "CERTFR-2026-AVI-2050", "CERTFR-2026-AVI-2019"),
                List.copyOf(stored.keySet()), "exposed first, then newest first");
        JsonObject openssh = stored.get("CERTFR-2026-AVI-2026");
        assertEquals(3, openssh.getInt("exposedCount"), openssh.toString());
        List<Long> hosts = new ArrayList<>();
        for (JsonValue v : openssh.getJsonArray("exposedHosts")) {
            JsonObject h = v.asJsonObject();
            hosts.add(h.getJsonNumber("hostId").longValue());
            assertTrue(h.getString("packageName").startsWith("openssh-"), h.toString());
            assertTrue(h.getString("version").matches("[0-9:.a-z+~-]+"), h.toString());
            assertFalse(h.getBoolean("updated"));
        }
        assertTrue(hosts.containsAll(LAB.values()), hosts + " " + LAB);
        JsonObject samba = stored.get("CERTFR-2026-AVI-2050");
        assertEquals(0, samba.getInt("exposedCount"), samba.toString());
        assertEquals(0, samba.getJsonArray("exposedHosts").size());
        assertEquals(0, stored.get("CERTFR-2026-AVI-2019").getInt("exposedCount"), "Fortinet: no Debian package");

        Map<String, JsonObject> exposed = advisories("&exposed=true&q=CERTFR-2026-AVI-20");
        assertTrue(exposed.containsKey("CERTFR-2026-AVI-2026"));
        assertFalse(exposed.containsKey("CERTFR-2026-AVI-2050"));
        assertEquals(Map.of(), advisories("&kind=alerte&q=CERTFR-2026-AVI-2026"));
        assertEquals(400, API.get("advisories?kind=bulletin").status());
        assertEquals(400, API.get("advisories?size=0").status());
        assertTrue(advisories("&from=2026-08-20&to=2026-08-21").containsKey("CERTFR-2026-AVI-2026"));
        assertFalse(advisories("&from=2026-08-22").containsKey("CERTFR-2026-AVI-2026"));
        Reply page = API.get("advisories?q=CERTFR-2026-AVI-20&size=1&page=1");
        assertEquals(3, page.json().getInt("total"), page.body());
        assertEquals("CERTFR-2026-AVI-2050", page.json().getJsonArray("items").getJsonObject(0).getString("reference"));
    }

    /** The figure the issue asks for: a poll of a feed as long as a year of CERT-FR avis, first and again. */
    @Test
    void aYearOfAdvisoriesIsReadInOnePoll() {
        String path = "/year/feed/";
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Avis – CERT-FR</title>");
        String[] products = {"OpenSSH", "OpenSSL", "Samba", "les produits Microsoft", "le noyau Linux de Debian", "PHP"};
        int n = 1000;
        for (int i = 0; i < n; i++) {
            String ref = "CERTFR-2025-AVI-" + String.format("%04d", i + 1);
            xml.append("<item><title>Vulnérabilité dans ").append(products[i % products.length]).append(" (").append(i)
                    .append(")</title><link>https://www.cert.ssi.gouv.fr/avis/").append(ref).append("/</link>")
                    .append("<description>Une vulnérabilité a été découverte. Elle permet à un attaquant de provoquer"
                            + " une atteinte à la confidentialité des données ...</description>")
                    .append("<pubDate>Mon, 01 Sep 2025 00:00:00 +0000</pubDate></item>");
        }
        feeds.serveDocument(path, xml.append("</channel></rss>").toString());
        put("{\"advisories.feeds\":\"" + feeds.url(path) + "\"}");
        long t0 = System.nanoTime();
        JsonObject first = poll();
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        JsonObject again = poll();
        long againMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(n, first.getInt("added"), first.toString());
        assertEquals(0, again.getInt("added"), again.toString());
        LOG.info(() -> "advisories poll of " + n + " items on 3 lab hosts: first " + firstMs + " ms (server "
                + first.getJsonNumber("durationMs") + " ms), again " + againMs + " ms (server "
                + again.getJsonNumber("durationMs") + " ms)");
        assertTrue(first.getJsonNumber("durationMs").longValue() < 120_000, first.toString());
    }

    private static List<JsonObject> awaitChat(String hook, int n) throws InterruptedException {
        for (int i = 0; i < 40 && chat.accepted(hook).size() < n; i++) {
            API.post("notifications/send-due", "");
            Thread.sleep(250);
        }
        return chat.accepted(hook);
    }
}
