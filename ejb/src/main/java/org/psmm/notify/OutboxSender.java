package org.psmm.notify;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.config.JobPause;
import org.psmm.schedule.RoundLock;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;

/**
 * Sends what the outbox has due, every 30 s and on demand. A message is claimed (SENDING,
 * committed) before it is handed to the mail server or the chat webhook and marked SENT only after the server
 * accepted it; one lock keeps two sends from claiming at once. An SMTP outage leaves messages
 * PENDING with their error and the next try time.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @EJB
    private AuditTrail audit;

    @EJB
    private Outbox outbox;

    @Inject
    @Any
    private Instance<NotificationTransport> transports;

    @Inject
    private JobPause pause;

    private final RoundLock sending = new RoundLock("the outbox");

    /** What one send round did. */
    public record SendSummary(int sent, int failed) {
    }

    @PostConstruct
    void releaseInterrupted() {
        int n = outbox.releaseInterrupted();
        if (n > 0) {
            LOG.warning(() -> n + " message(s) were being sent when the server stopped: they will be sent again");
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = true, info = "outbox")
    void onSchedule() {
        if (pause.paused()) {
            return;
        }
        try {
            sending.ifIdle(this::sendAll);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox send failed", e);
        }
    }

    /** Sends everything due now, after a running round if any. */
    public SendSummary sendDue() {
        audit.record(AuditKind.NOTIFICATIONS_SENT, "outbox", null);
        return sending.afterRunning(Duration.ofMinutes(2), this::sendAll);
    }

    private SendSummary sendAll() {
        int sent = 0;
        int failed = 0;
        List<Notification> due;
        do {
            due = outbox.claimDue(BATCH);
            for (Notification n : due) {
                try {
                    transportOf(n).send(n);
                } catch (NotificationTransport.DeliveryFailure e) {
                    failed++;
                    outbox.markFailed(n.getId(), e.getMessage(), e.permanent());
                    continue;
                } catch (RuntimeException e) {
                    // A bug or a database hiccup in one message must not leave it SENDING nor stop the others.
                    LOG.log(Level.WARNING, "outbox message " + n.getId() + " could not be sent", e);
                    failed++;
                    outbox.markFailed(n.getId(), e.getClass().getSimpleName() + ": " + e.getMessage(), false);
                    continue;
                }
                outbox.markSent(n.getId());
                sent++;
            }
        } while (due.size() == BATCH);
        if (sent + failed > 0) {
            int s = sent;
            int f = failed;
            LOG.info(() -> "outbox: " + s + " sent, " + f + " failed (will retry)");
        }
        return new SendSummary(sent, failed);
    }

    /** Messages queued before channels existed have none: they are mail. */
    private NotificationTransport transportOf(Notification n) throws NotificationTransport.DeliveryFailure {
        String channel = n.getChannel() == null ? Notification.MAIL : n.getChannel();
        for (NotificationTransport t : transports) {
            if (t.channel().equals(channel)) {
                return t;
            }
        }
        throw new NotificationTransport.DeliveryFailure("no transport sends " + channel + " messages", true, null);
    }
}
