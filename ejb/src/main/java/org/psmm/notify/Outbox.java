package org.psmm.notify;

import org.psmm.schedule.Cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox: messages are stored here first, in the caller's transaction, so a message exists
 * exactly when what caused it was committed. {@link OutboxSender} delivers them.
 */
@Stateless
public class Outbox {

    /** Attempts before a message is given up (about two days with the back-off below). */
    static final int MAX_ATTEMPTS = 100;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofMinutes(30);

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Notification enqueueMail(String recipient, String subject, String text, String html) {
        Notification n = new Notification(Notification.MAIL, recipient, subject, text, html, clock.instant());
        em.persist(n);
        return n;
    }

    /** A chat message: {@code json} is exactly what will be posted to the channel's webhook. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Notification enqueueChat(long channelId, String subject, String json) {
        Notification n = new Notification(Notification.CHAT, Notification.chatRecipient(channelId), subject, json, null,
                clock.instant());
        em.persist(n);
        return n;
    }

    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    /** A mail with a file attached (multipart/mixed); the file is stored with the message. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Notification enqueueMail(String recipient, String subject, String text, String html, MailAttachment attachment) {
        Notification n = enqueueMail(recipient, subject, text, html);
        if (attachment != null) {
            n.attach(attachment.name());
            em.flush(); // the message's id, which the attachment row is keyed by
            em.persist(new NotificationAttachment(n.getId(), attachment));
        }
        return n;
    }

    /** The file a message carries, read only when it is sent. */
    public MailAttachment attachmentOf(Notification n) {
        if (n.getAttachmentName() == null) {
            return null;
        }
        NotificationAttachment a = em.find(NotificationAttachment.class, n.getId());
        return a == null ? null : a.toMailAttachment();
    }

    /** Newest first; status null means all. */
    public List<Notification> list(NotificationStatus status, int max) {
        TypedQuery<Notification> q = status == null
                ? em.createQuery("SELECT n FROM Notification n ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                : em.createQuery("SELECT n FROM Notification n WHERE n.status = :s ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class).setParameter("s", status);
        return q.setMaxResults(max).getResultList();
    }

    /**
     * Takes up to {@code max} due messages and marks them SENDING, committed before any is sent.
     * Each claim is one conditional UPDATE (PENDING to SENDING, by this node): of two nodes, or two
     * sends, that picked the same message, only the one whose update changed the row sends it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Notification> claimDue(int max) {
        List<Long> due = em.createQuery("SELECT n.id FROM Notification n WHERE n.status = :pending"
                        + " AND n.nextTryAt <= :now ORDER BY n.nextTryAt, n.id", Long.class)
                .setParameter("pending", NotificationStatus.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
        List<Notification> claimed = new java.util.ArrayList<>();
        for (Long id : due) {
            int won = em.createNativeQuery("UPDATE notification SET status = 'SENDING', attempts = attempts + 1,"
                            + " claimed_by = ? WHERE id = ? AND status = 'PENDING'")
                    .setParameter(1, Cluster.nodeName())
                    .setParameter(2, id)
                    .executeUpdate();
            if (won == 1) {
                claimed.add(em.find(Notification.class, id));
            }
        }
        return claimed;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSent(long id) {
        Notification n = em.find(Notification.class, id);
        n.sent(clock.instant());
        if (n.getAttachmentName() != null) {
            // Delivered: the bytes (a report's CSV, megabytes a day) need not be kept; the name
            // stays for the record, and the report of that day can be sent again on request.
            NotificationAttachment a = em.find(NotificationAttachment.class, id);
            if (a != null) {
                em.remove(a);
            }
        }
    }

    /** A failed try: retried later with a doubling delay, or given up when {@code permanent}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long id, String error, boolean permanent) {
        Notification n = em.find(Notification.class, id);
        boolean giveUp = permanent || n.getAttempts() >= MAX_ATTEMPTS;
        n.failed(error, clock.instant().plus(backOff(n.getAttempts())), giveUp);
    }

    static Duration backOff(int attempts) {
        Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return d.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : d;
    }

    /**
     * After a restart: what this server was sending when it stopped is tried again. A node of a
     * cluster releases only its own claims: another node may be sending the others right now.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseInterrupted() {
        if (Cluster.enabled()) {
            return em.createNativeQuery("UPDATE notification SET status = 'PENDING' WHERE status = 'SENDING'"
                            + " AND claimed_by = ?")
                    .setParameter(1, Cluster.nodeName())
                    .executeUpdate();
        }
        return em.createQuery("UPDATE Notification n SET n.status = :pending WHERE n.status = :sending")
                .setParameter("pending", NotificationStatus.PENDING)
                .setParameter("sending", NotificationStatus.SENDING)
                .executeUpdate();
    }

    /**
     * Messages of one channel ({@link Notification#MAIL}, {@link Notification#CHAT}) that are
     * failing: waiting for a retry after a failed try, or given up within the last day. What the
     * console's red banner and the dashboard's outbox tile show.
     */
    public long failing(String channel) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.channel = :c AND n.lastError IS NOT NULL AND "
                + "(n.status = :pending OR (n.status = :failed AND n.nextTryAt >= :since))", Long.class)
                .setParameter("c", channel)
                .setParameter("pending", NotificationStatus.PENDING)
                .setParameter("failed", NotificationStatus.FAILED)
                .setParameter("since", clock.instant().minus(Duration.ofDays(1)))
                .getSingleResult();
    }

    public long count(NotificationStatus status) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }
}
