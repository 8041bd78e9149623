package org.psmm.advisory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psmm.core.alert.Html;
import org.psmm.core.notify.AdminTexts;
import org.psmm.host.Host;
import org.psmm.notify.AdminEvent;
import org.psmm.notify.AdminRecipients;
import org.psmm.notify.Outbox;
import org.psmm.settings.Settings;

/**
 * Tells the admins of the advisories not announced yet: one mail to each recipient (a digest
 * when there are several) and one chat event, in their language, exposed advisories first with
 * the hosts and versions concerned. Queued in the outbox in the transaction that marks them
 * announced, so an advisory is announced exactly once, even when a poll failed half-way.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AdvisoryDigest {

    static final int LISTED = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Settings settings;

    @EJB
    private AdminRecipients recipients;

    @EJB
    private Outbox outbox;

    @EJB
    private AdvisoryExposures exposures;

    @Inject
    private Event<AdminEvent> events;

    /** One advisory with the hosts it concerns, as the digest words it. */
    record Entry(Advisory advisory, List<String> hosts) {
    }

    /** @return how many advisories were announced */
    public int announcePending() {
        List<Advisory> pending = em.createQuery("SELECT a FROM Advisory a WHERE a.announcedAt IS NULL"
                + " ORDER BY CASE WHEN a.exposedHosts > 0 THEN 0 ELSE 1 END, a.publishedAt DESC, a.id DESC",
                Advisory.class).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        List<Entry> entries = entries(pending);
        AdminTexts t = settings.adminTexts();
        String subject = t.count("advisories.subject", pending.size(), pending.get(0).getTitle());
        String text = text(entries, t);
        String html = html(entries, subject, t);
        for (String to : recipients.forAlerts()) {
            outbox.enqueueMail(to, "[PSMM] " + subject, text, html);
        }
        events.fire(new AdminEvent(AdminEvent.Kind.ADVISORIES_NEW, subject, chatDetail(entries, t)));
        Instant now = clock.instant();
        pending.forEach(a -> a.announced(now));
        return pending.size();
    }

    private List<Entry> entries(List<Advisory> advisories) {
        Map<Long, List<AdvisoryExposure>> byAdvisory = exposures.exposuresOf(advisories.stream().map(Advisory::getId).toList());
        Map<Long, String> names = new HashMap<>();
        for (Host h : em.createQuery("SELECT h FROM Host h", Host.class).getResultList()) {
            names.put(h.getId(), h.getName());
        }
        List<Entry> out = new ArrayList<>();
        for (Advisory a : advisories) {
            List<String> hosts = new ArrayList<>();
            for (AdvisoryExposure e : byAdvisory.getOrDefault(a.getId(), List.of())) {
                if (!e.isUpdated()) {
                    hosts.add(names.getOrDefault(e.getHostId(), "#" + e.getHostId()) + " (" + e.getPackageName() + " "
                            + e.getVersion() + ")");
                }
            }
            out.add(new Entry(a, hosts));
        }
        return out;
    }

    private static long hostCount(Entry e) {
        return e.hosts().stream().map(h -> h.substring(0, h.indexOf(" ("))).distinct().count();
    }

    static String text(List<Entry> entries, AdminTexts t) {
        StringBuilder s = new StringBuilder(t.get("advisories.intro")).append("\n\n");
        for (Entry e : entries.subList(0, Math.min(LISTED, entries.size()))) {
            Advisory a = e.advisory();
            s.append(a.getReference()).append(" (").append(t.get("advisories.kind." + a.getKind().name())).append(", ")
                    .append(t.get("advisories.published", DAY.format(a.getPublishedAt()))).append(")\n");
            s.append("  ").append(a.getTitle()).append('\n');
            if (!e.hosts().isEmpty()) {
                s.append("  ").append(t.count("advisories.concerns", hostCount(e))).append(": ")
                        .append(String.join(", ", e.hosts())).append('\n');
            }
            s.append("  ").append(a.getLink()).append("\n\n");
        }
        if (entries.size() > LISTED) {
            s.append(t.get("advisories.more", entries.size() - LISTED)).append('\n');
        }
        return s.toString();
    }

    /** Everything from the feed (titles, links) and the hosts goes through Html.escape. */
    static String html(List<Entry> entries, String subject, AdminTexts t) {
        StringBuilder h = new StringBuilder("<html><body><h2>").append(Html.escape(subject)).append("</h2><p>")
                .append(Html.escape(t.get("advisories.intro"))).append("</p><ul>");
        for (Entry e : entries.subList(0, Math.min(LISTED, entries.size()))) {
            Advisory a = e.advisory();
            h.append("<li><a href=\"").append(Html.escape(a.getLink())).append("\">").append(Html.escape(a.getReference()))
                    .append("</a> ").append(Html.escape(a.getTitle())).append(" <small>(")
                    .append(Html.escape(t.get("advisories.kind." + a.getKind().name()))).append(", ")
                    .append(Html.escape(t.get("advisories.published", DAY.format(a.getPublishedAt())))).append(")</small>");
            if (!e.hosts().isEmpty()) {
                h.append("<br><strong>").append(Html.escape(t.count("advisories.concerns", hostCount(e))))
                        .append("</strong>: ").append(Html.escape(String.join(", ", e.hosts())));
            }
            h.append("</li>");
        }
        h.append("</ul>");
        if (entries.size() > LISTED) {
            h.append("<p>").append(Html.escape(t.get("advisories.more", entries.size() - LISTED))).append("</p>");
        }
        return h.append("</body></html>").toString();
    }

    private static String chatDetail(List<Entry> entries, AdminTexts t) {
        List<String> lines = new ArrayList<>();
        for (Entry e : entries.subList(0, Math.min(10, entries.size()))) {
            String line = e.advisory().getReference() + " " + e.advisory().getTitle();
            if (!e.hosts().isEmpty()) {
                line += " (" + t.count("advisories.concerns", hostCount(e)) + ")";
            }
            lines.add(line);
        }
        if (entries.size() > 10) {
            lines.add(t.get("advisories.more", entries.size() - 10));
        }
        return String.join("\n", lines);
    }
}
