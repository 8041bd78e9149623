package org.psmm.alert;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.psmm.core.alert.AlertChange;
import org.psmm.core.alert.AlertMail;
import org.psmm.core.alert.AlertMailFolder;
import org.psmm.core.alert.OpenAlert;
import org.psmm.notify.Outbox;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;
import org.psmm.notify.AdminRecipients;

/**
 * Writes alert mails into the outbox: per recipient, the changes since its last alert mail and
 * what is still open, at most one mail per the configured interval. The mail and the
 * recipient's new state are stored in one transaction, so a change is told once.
 */
@Stateless
public class AlertMailService {

    /** A recipient added now hears of the changes of the last day, not of all history. */
    private static final Duration NEW_RECIPIENT_LOOKBACK = Duration.ofDays(1);

    @EJB
    private AdminRecipients adminRecipients;

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Settings settings;

    @EJB
    private Outbox outbox;

    /** Returns how many mails were queued. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int queueDue() {
        List<String> recipients = adminRecipients.forAlerts();
        if (recipients.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        AlertMailFolder folder = new AlertMailFolder(clock, settings.duration(SettingKey.ALERT_MAIL_MIN_INTERVAL), settings.adminTexts());
        List<OpenAlert> open = null;
        int queued = 0;
        for (String recipient : recipients) {
            AlertMailState state = em.find(AlertMailState.class, recipient);
            if (state == null) {
                long before = em.createQuery("SELECT COALESCE(MAX(c.id), 0) FROM AlertChangeRecord c WHERE c.at < :since",
                                Long.class)
                        .setParameter("since", now.minus(NEW_RECIPIENT_LOOKBACK))
                        .getSingleResult();
                state = new AlertMailState(recipient, before);
                em.persist(state);
            }
            if (!folder.mayMail(state.getLastMailAt())) {
                continue;
            }
            List<Object[]> rows = em.createQuery("SELECT c, a, h.name, d.name FROM AlertChangeRecord c JOIN Alert a ON a.id = c.alertId"
                            + " LEFT JOIN Host h ON h.id = a.hostId LEFT JOIN Device d ON d.id = a.deviceId"
                            + " WHERE c.id > :last ORDER BY c.id", Object[].class)
                    .setParameter("last", state.getLastChangeId())
                    .setMaxResults(1000)
                    .getResultList();
            if (rows.isEmpty()) {
                continue;
            }
            List<AlertChange> changes = rows.stream().map(r -> {
                AlertChangeRecord c = (AlertChangeRecord) r[0];
                Alert a = (Alert) r[1];
                return new AlertChange(AlertService.nameOf(r[2], r[3]), a.getKind(), subject(a), c.isRaised(),
                        c.getValue(), c.getThreshold(), c.getAt());
            }).toList();
            if (open == null) {
                open = openAlerts();
            }
            Optional<AlertMail> mail = folder.fold(recipient, state.getLastMailAt(), changes, open);
            if (mail.isPresent()) {
                outbox.enqueueMail(recipient, mail.get().subject(), mail.get().text(), mail.get().html());
                state.mailed(now, ((AlertChangeRecord) rows.get(rows.size() - 1)[0]).getId());
                queued++;
            }
        }
        return queued;
    }

    private List<OpenAlert> openAlerts() {
        return em.createQuery("SELECT a, h.name, d.name FROM Alert a LEFT JOIN Host h ON h.id = a.hostId"
                        + " LEFT JOIN Device d ON d.id = a.deviceId WHERE a.resolvedAt IS NULL"
                        + " ORDER BY h.name, d.name, a.kind, a.mount", Object[].class)
                .getResultList().stream().map(r -> {
                    Alert a = (Alert) r[0];
                    return new OpenAlert(AlertService.nameOf(r[1], r[2]), a.getKind(), subject(a), a.getLastValue(),
                            a.getThreshold(), a.getRaisedAt());
                }).toList();
    }

    /** What a mail line names within the host or device: the mount, the port, or why a device is down. */
    private static String subject(Alert a) {
        if (a.getKind() == org.psmm.core.alert.AlertKind.DEVICE_DOWN) {
            return a.getDetail() == null ? "" : a.getDetail();
        }
        return a.getMount().isEmpty() ? null : a.getMount();
    }
}
