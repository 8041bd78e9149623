package org.psmm.account;

import jakarta.annotation.security.PermitAll;
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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.core.account.SignInLockout;
import org.psmm.core.logs.FailureKind;
import org.psmm.failure.FailureRollup;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * PSMM's own sign-in door, for the console's form and the API's Basic alike. A failed sign-in is
 * a failed login of service "psmm" on the host that stands for PSMM itself, so it shows in the
 * explorer, the daily report and the chat bursts like any other; and after too many of them for
 * one user from one address, that address is refused for that user for a while without the
 * password being checked (the refusals are stored too). The lock is the database's, so it holds
 * across restarts and nodes. Everything here runs before anyone is signed in: no role is asked.
 */
@Stateless
@PermitAll
public class SignInGuard {

    private static final String FILE_IDENTITY = "psmm-sign-in";
    // The API signs in on every request: its last sign-in time is written at most once a minute.
    private static final Duration API_SIGN_IN_NOTE = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private UserStore users;

    @Inject
    private Clock clock;

    @EJB
    private Settings settings;

    @EJB
    private AuditTrail audit;

    @Inject
    private DirectoryClient directory;

    /** Until when this user is refused from this address, if now. */
    public Optional<Instant> refusedUntil(String username, String address) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        SignInLockout rule = rule();
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object> times = em.createNativeQuery("SELECT occurred_at FROM auth_failure"
                        + " WHERE host_id = (SELECT id FROM host WHERE builtin = TRUE) AND user_name = ?1"
                        + " AND source_ip = ?2 AND kind = 'auth' AND occurred_at >= ?3 ORDER BY occurred_at")
                .setParameter(1, cut(username, 255))
                .setParameter(2, cut(address, 255))
                .setParameter(3, utc(now.minus(rule.lookBack())))
                .getResultList();
        return rule.refusedUntil(times.stream().map(SignInGuard::instant).toList(), now);
    }

    /** Stores a refused sign-in as a failed login of service psmm, in its own transaction (the caller's fails). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String username, String address, SignInChannel channel, SignInRefusal why) {
        Instant now = clock.instant();
        String user = username == null || username.isBlank() ? null : cut(username.strip(), 255);
        String line = "psmm " + channel.word() + ": sign-in of " + (user == null ? "no user name" : "user \"" + user + "\"")
                + " from " + address + " " + why.words();
        long offset = ((Number) em.createNativeQuery("SELECT NEXTVAL(psmm_sign_in_seq)").getSingleResult()).longValue();
        int stored = em.createNativeQuery("INSERT INTO auth_failure (source_id, host_id, service, format, kind, user_name, source_ip,"
                        + " occurred_at, local_time, file_identity, byte_offset, raw_line, collected_at)"
                        + " SELECT s.id, s.host_id, 'psmm', 'psmm', ?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, ?4"
                        + " FROM log_source s JOIN host h ON h.id = s.host_id WHERE h.builtin = TRUE AND s.path = 'psmm:sign-in'")
                .setParameter(1, why.kind())
                .setParameter(2, user)
                .setParameter(3, cut(address, 255))
                .setParameter(4, utc(now))
                .setParameter(5, FILE_IDENTITY)
                .setParameter(6, offset)
                .setParameter(7, cut(line, 1024))
                .executeUpdate();
        if (stored == 1) {
            em.createNativeQuery(FailureRollup.LOCK).getResultList();
            // Its rollups, in the same transaction (V69__auth_failure_by_month_and_day, V73__failure_rollups_per_hour_address_and_user, V74__addresses_first_seen).
            em.createNativeQuery("INSERT INTO auth_failure_day (day, source_ip, host_id, service, kind, user_name, no_user,"
                            + " failures, first_at, last_at) SELECT DATE(?1), ?2, h.id, 'psmm', ?3, COALESCE(?4, ''), ?4 IS NULL,"
                            + " 1, ?1, ?1 FROM host h WHERE h.builtin = TRUE"
                            + " ON DUPLICATE KEY UPDATE failures = failures + 1, first_at = LEAST(first_at, VALUES(first_at)),"
                            + " last_at = GREATEST(last_at, VALUES(last_at))")
                    .setParameter(1, utc(now))
                    .setParameter(2, cut(address, 255))
                    .setParameter(3, why.kind())
                    .setParameter(4, user)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO auth_failure_hour (hour, host_id, service, kind, failures)"
                            + " SELECT ?1, h.id, 'psmm', ?2, 1 FROM host h WHERE h.builtin = TRUE"
                            + " ON DUPLICATE KEY UPDATE failures = failures + 1")
                    .setParameter(1, utc(now.truncatedTo(java.time.temporal.ChronoUnit.HOURS)))
                    .setParameter(2, why.kind())
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO auth_failure_ip_first (source_ip, first_at) VALUES (?1, ?2)"
                            + " ON DUPLICATE KEY UPDATE first_at = LEAST(first_at, VALUES(first_at))")
                    .setParameter(1, cut(address, 255))
                    .setParameter(2, utc(now))
                    .executeUpdate();
            if (!FailureKind.PROBE.id().equals(why.kind())) {
                em.createNativeQuery("INSERT INTO auth_failure_ip_day (day, source_ip, failures) VALUES (DATE(?1), ?2, 1)"
                                + " ON DUPLICATE KEY UPDATE failures = failures + 1")
                        .setParameter(1, utc(now))
                        .setParameter(2, cut(address, 255))
                        .executeUpdate();
                if (user != null) {
                    em.createNativeQuery("INSERT INTO auth_failure_user_day (day, user_name, failures) VALUES (DATE(?1), ?2, 1)"
                                    + " ON DUPLICATE KEY UPDATE failures = failures + 1")
                            .setParameter(1, utc(now))
                            .setParameter(2, user)
                            .executeUpdate();
                }
            }
        }
    }

    /**
     * A sign-in Elytron accepted, admitted or refused by PSMM's own rules: a directory user in none
     * of PSMM's groups (no role) or disabled here is refused, and stored as a failed login. An
     * admitted directory user's row is made at its first sign-in (name and mail from the
     * directory) and its role kept as its groups give it now. The console's sign-ins are audited
     * and dated; the API's, which come with every request, are dated once a minute.
     *
     * @param role the highest role Elytron gave, null if none
     * @return null when admitted, else why not
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInRefusal admit(String username, String address, SignInChannel channel, String role) {
        Instant now = clock.instant();
        Optional<UserAccount> existing = users.find(username);
        SignInRefusal refusal = role == null ? SignInRefusal.NO_ROLE
                : existing.isPresent() && !existing.get().enabled() ? SignInRefusal.DISABLED : null;
        if (refusal != null) {
            refused(username, address, channel, refusal);
            return refusal;
        }
        boolean local = existing.map(UserAccount::local).orElse(false);
        if (existing.isEmpty()) {
            SignInGuard.Directory d = directory.profile(username).orElse(new Directory(null, null));
            users.insert(username, d.displayName(), d.email(), UserSource.LDAP, null, role, now);
        } else if (!local) {
            if (!role.equals(existing.get().role())) {
                users.setRole(username, role);
            }
            if (channel == SignInChannel.CONSOLE) {
                directory.profile(username).ifPresent(d -> users.setDirectoryProfile(username, d.displayName(), d.email(), now));
            }
        }
        boolean note = channel == SignInChannel.CONSOLE || existing.isEmpty() || existing.get().lastSignInAt() == null
                || existing.get().lastSignInAt().isBefore(now.minus(API_SIGN_IN_NOTE));
        if (note) {
            users.recordSignIn(username, address, now);
        }
        if (channel == SignInChannel.CONSOLE) {
            audit.recordAs(username, address, AuditKind.SIGN_IN, username, local ? "console" : "console, directory, role " + role);
        }
        return null;
    }

    /** The console's sign-out (an API client never signs out: it sends its password each time). */
    public void signedOut(String username, String address) {
        audit.recordAs(username, address, AuditKind.SIGN_OUT, username, "console");
    }

    /** The role PSMM knows for a user now, empty if it is disabled, removed or has none: a console session holding another ends. */
    public Optional<String> currentRole(String username) {
        return users.find(username).filter(UserAccount::enabled).map(UserAccount::role);
    }

    /** Whether this name is a local user (the directory is then never asked for it). */
    public boolean local(String username) {
        return users.find(username).map(UserAccount::local).orElse(false);
    }

    /** What the directory says of a user at sign-in, for the Users page. */
    public record Directory(String displayName, String email) {
    }


    private SignInLockout rule() {
        return new SignInLockout(settings.integer(SettingKey.SIGN_IN_MAX_FAILURES),
                settings.duration(SettingKey.SIGN_IN_FAILURE_WINDOW), settings.duration(SettingKey.SIGN_IN_LOCK));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object o) {
        return o instanceof java.sql.Timestamp t ? t.toLocalDateTime().toInstant(ZoneOffset.UTC)
                : ((LocalDateTime) o).toInstant(ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
