package org.psmm.chat;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.psmm.core.notify.AdminTexts;
import org.psmm.notify.Outbox;
import org.psmm.settings.Settings;
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.secret.SecretShown;
import org.psmm.secret.StoredSecrets;

/** The chat channels admins configure. */
@Stateless
public class ChatChannelService {

    @EJB
    private AuditTrail audit;

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Outbox outbox;

    @EJB
    private Settings settings;

    @Inject
    private StoredSecrets secrets;

    static final String PURPOSE = "chat_channel.webhook_url";

    public List<ChatChannel> list() {
        return em.createQuery("SELECT c FROM ChatChannel c ORDER BY c.name, c.id", ChatChannel.class).getResultList();
    }

    public List<ChatChannel> enabled() {
        return em.createQuery("SELECT c FROM ChatChannel c WHERE c.enabled = TRUE ORDER BY c.id", ChatChannel.class)
                .getResultList();
    }

    public Optional<ChatChannel> find(long id) {
        return Optional.ofNullable(em.find(ChatChannel.class, id));
    }

    /**
     * The secret URL in clear, for the transport only (public because EJB calls cross a proxy);
     * empty when there is no such channel or when its URL was sealed by another PSMM.
     */
    public Optional<String> webhookUrl(long id) {
        return find(id).flatMap(c -> secrets.open(c.sealedWebhookUrl(), PURPOSE));
    }

    /** A channel restored from another PSMM's backup: its URL cannot be read here and must be entered again. */
    public boolean urlToEnterAgain(ChatChannel c) {
        return secrets.open(c.sealedWebhookUrl(), PURPOSE).isEmpty();
    }

    /** A new URL for a channel (one restored from another PSMM's backup, or a rotated webhook). */
    @RolesAllowed(PsmmRole.ADMIN)
    public ChatChannel changeUrl(long id, String url) {
        ChatChannel c = find(id).orElseThrow(() -> org.psmm.error.PsmmException.notFound("No chat channel " + id));
        String u = checkedUrl(url);
        c.changeUrl(secrets.seal(u, PURPOSE), SecretShown.url(u));
        audit.record(AuditKind.CHAT_CHANNEL_URL_CHANGED, c.getName(), SecretShown.url(u)); // never the URL itself
        return c;
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public ChatChannel create(String name, String type, String url) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new InvalidChatChannelException("name", "a name of 1 to 100 characters is needed");
        }
        ChatChannelType t;
        try {
            t = ChatChannelType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidChatChannelException("type", "the type must be GOOGLE_CHAT or WEBHOOK");
        }
        String u = checkedUrl(url);
        Long same = em.createQuery("SELECT COUNT(c) FROM ChatChannel c WHERE c.name = :n", Long.class)
                .setParameter("n", n).getSingleResult();
        if (same > 0) {
            throw new InvalidChatChannelException("name", "a chat channel named '" + n + "' already exists");
        }
        ChatChannel c = new ChatChannel(n, t, secrets.seal(u, PURPOSE), SecretShown.url(u), clock.instant());
        em.persist(c);
        audit.record(AuditKind.CHAT_CHANNEL_ADDED, n, t.name()); // never the URL: it is a secret
        return c;
    }

    static String checkedUrl(String url) {
        String u = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new InvalidChatChannelException("url", "the webhook URL is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new InvalidChatChannelException("url", "the webhook URL must start with https:// (or http://) and name a host");
        }
        if (u.length() > 2000) {
            throw new InvalidChatChannelException("url", "the webhook URL is longer than 2000 characters");
        }
        return u;
    }

    /** Queues a test message for one channel (enabled or not); returns the outbox message's id. */
    @RolesAllowed(PsmmRole.ADMIN)
    public Optional<Long> queueTest(long id, String by) {
        ChatChannel c = em.find(ChatChannel.class, id);
        if (c == null) {
            return Optional.empty();
        }
        AdminTexts t = settings.adminTexts();
        ChatMessage m = new ChatMessage("TEST", t.get("chat.test", c.getName()), t.get("chat.test.by", by));
        audit.record(AuditKind.CHAT_TEST_SENT, c.getName(), null);
        return Optional.of(outbox.enqueueChat(c.getId(), m.title(), m.json(c.getType())).getId());
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public boolean setEnabled(long id, boolean enabled) {
        ChatChannel c = em.find(ChatChannel.class, id);
        if (c == null) {
            return false;
        }
        c.setEnabled(enabled);
        audit.record(enabled ? AuditKind.CHAT_CHANNEL_ENABLED : AuditKind.CHAT_CHANNEL_DISABLED, c.getName(), null);
        return true;
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public boolean delete(long id) {
        ChatChannel c = em.find(ChatChannel.class, id);
        if (c == null) {
            return false;
        }
        em.remove(c);
        audit.record(AuditKind.CHAT_CHANNEL_DELETED, c.getName(), null);
        return true;
    }
}
