package org.psmm.chat;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.psmm.config.JobPause;
import org.psmm.core.alert.AlertKind;
import org.psmm.host.Host;
import org.psmm.host.HostService;
import org.psmm.core.notify.AdminTexts;
import org.psmm.notify.AdminEvent;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Every minute: announces bursts of failed logins from one source IP (at least
 * {@code chat.burstFailures} attempts within {@code chat.burstWindowMinutes}, once an hour per IP
 * at most), and posts the periodic status message when {@code chat.statusIntervalMinutes} has
 * passed since the previous one. Both go through the outbox like every other message.
 */
@Stateless
public class ChatWatch {

    private static final Logger LOG = Logger.getLogger(ChatWatch.class.getName());
    static final Duration BURST_QUIET = Duration.ofHours(1);
    private static final String STATUS_MARK = "status";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Settings settings;

    @EJB
    private HostService hosts;

    @EJB
    private ChatChannelService channels;

    @Inject
    private ChatNotifier notifier;

    @Inject
    private Event<AdminEvent> events;

    @Inject
    private JobPause pause;

    /** What one round did. */
    public record Round(int bursts, boolean status) {
    }

    @Schedule(hour = "*", minute = "*", persistent = true, info = "chat-watch")
    void onSchedule() {
        if (pause.paused()) {
            return; // a restore is replacing the database
        }
        Round r = runDue();
        if (r.bursts() > 0 || r.status()) {
            LOG.info(() -> "chat watch: " + r.bursts() + " burst(s) announced" + (r.status() ? ", status posted" : ""));
        }
    }

    public Round runDue() {
        Instant now = clock.instant();
        // Without a channel nobody would hear of it: remember nothing, so a channel added later still hears.
        boolean anyChannel = !channels.enabled().isEmpty();
        int bursts = anyChannel ? announceBursts(now) : 0;
        boolean status = postStatusIfDue(now, anyChannel);
        return new Round(bursts, status);
    }

    private int announceBursts(Instant now) {
        int threshold = settings.integer(SettingKey.CHAT_BURST_FAILURES);
        if (threshold <= 0) {
            return 0;
        }
        Duration window = settings.duration(SettingKey.CHAT_BURST_WINDOW);
        Timestamp since = Timestamp.from(now.minus(window));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT source_ip, COUNT(*) FROM auth_failure"
                        // Probes (scanners' noise) are no failed logins: they never make a burst (issue 14).
                        + " WHERE occurred_at >= ?1 AND kind <> 'probe' GROUP BY source_ip HAVING COUNT(*) >= ?2 ORDER BY COUNT(*) DESC")
                .setParameter(1, since).setParameter(2, threshold).setMaxResults(50).getResultList();
        int announced = 0;
        for (Object[] row : rows) {
            String ip = (String) row[0];
            long count = ((Number) row[1]).longValue();
            ChatBurstNotice notice = em.find(ChatBurstNotice.class, ip);
            if (notice != null && notice.getNotifiedAt().isAfter(now.minus(BURST_QUIET))) {
                continue;
            }
            if (notice == null) {
                em.persist(new ChatBurstNotice(ip, now));
            } else {
                notice.notified(now);
            }
            AdminTexts t = settings.adminTexts();
            events.fire(new AdminEvent(AdminEvent.Kind.FAILED_LOGIN_BURST,
                    t.get("chat.burst", count, ip, window.toMinutes()), burstDetail(ip, since, t)));
            announced++;
        }
        return announced;
    }

    private String burstDetail(String ip, Timestamp since, AdminTexts t) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.service, h.name, COUNT(*) FROM auth_failure f"
                        + " JOIN host h ON h.id = f.host_id WHERE f.source_ip = ?1 AND f.occurred_at >= ?2 AND f.kind <> 'probe'"
                        + " GROUP BY f.service, h.name ORDER BY COUNT(*) DESC")
                .setParameter(1, ip).setParameter(2, since).setMaxResults(10).getResultList();
        @SuppressWarnings("unchecked")
        List<String> users = em.createNativeQuery("SELECT user_name FROM auth_failure WHERE source_ip = ?1"
                        + " AND occurred_at >= ?2 AND kind <> 'probe' AND user_name IS NOT NULL GROUP BY user_name ORDER BY COUNT(*) DESC")
                .setParameter(1, ip).setParameter(2, since).setMaxResults(5).getResultList();
        List<String> lines = new ArrayList<>();
        for (Object[] r : rows) {
            lines.add(t.get("chat.burst.on", r[0], r[1], ((Number) r[2]).longValue()));
        }
        if (!users.isEmpty()) {
            lines.add(t.get("chat.burst.users", String.join(", ", users)));
        }
        return String.join("\n", lines);
    }

    private boolean postStatusIfDue(Instant now, boolean anyChannel) {
        Duration interval = settings.duration(SettingKey.CHAT_STATUS_INTERVAL);
        if (interval.isZero()) {
            return false;
        }
        ChatWatchMark mark = em.find(ChatWatchMark.class, STATUS_MARK);
        if (mark == null) {
            // A fresh installation starts counting now rather than posting at once.
            em.persist(new ChatWatchMark(STATUS_MARK, now));
            return false;
        }
        if (now.isBefore(mark.getMarkedAt().plus(interval)) || !anyChannel) {
            return false;
        }
        notifier.post(status(mark.getMarkedAt(), now));
        mark.mark(now);
        return true;
    }

    /** The status message for (from, to]: hosts up and down, open alerts, failed logins collected. */
    ChatMessage status(Instant from, Instant to) {
        List<Long> down = em.createQuery("SELECT a.hostId FROM Alert a WHERE a.resolvedAt IS NULL AND a.kind = :k",
                Long.class).setParameter("k", AlertKind.HOST_DOWN).getResultList();
        List<String> downNames = new ArrayList<>();
        int up = 0;
        for (Host h : hosts.list()) {
            if (!h.isEnabled()) {
                continue;
            }
            if (down.contains(h.getId())) {
                downNames.add(h.getName());
            } else {
                up++;
            }
        }
        long openAlerts = em.createQuery("SELECT COUNT(a) FROM Alert a WHERE a.resolvedAt IS NULL", Long.class)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> perService = em.createNativeQuery("SELECT service, COUNT(*) FROM auth_failure"
                        + " WHERE collected_at > ?1 AND collected_at <= ?2 GROUP BY service ORDER BY service")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getResultList();
        Map<String, Long> failures = new TreeMap<>();
        long total = 0;
        for (Object[] r : perService) {
            long n = ((Number) r[1]).longValue();
            failures.put((String) r[0], n);
            total += n;
        }
        String since = HH_MM.format(from.atZone(clock.getZone()));
        AdminTexts t = settings.adminTexts();
        String title = t.get("chat.status", up, downNames.size(), openAlerts, total, since);
        List<String> detail = new ArrayList<>();
        if (!downNames.isEmpty()) {
            detail.add(t.get("chat.status.down", String.join(", ", downNames)));
        }
        failures.forEach((service, n) -> detail.add(t.get("chat.status.service", service, n)));
        return new ChatMessage("STATUS", title, String.join("\n", detail));
    }
}
