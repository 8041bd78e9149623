package org.psmm.account;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.psmm.security.PasswordHasher;

/**
 * The SQL of the user tables, in the caller's transaction. Plain tables, no entity: Elytron reads
 * them with its own queries, and keeping them out of JPA keeps password hashes out of every
 * entity graph. One role per user (app_user_role allows more; PSMM writes one).
 */
@Dependent
class UserStore {

    private static final String COLUMNS = "u.username, u.display_name, u.email, r.role_name, u.source, u.enabled, "
            + "u.alert_mails, u.daily_report, u.last_sign_in_at, u.last_sign_in_from, u.created_at";
    private static final String FROM = " FROM app_user u LEFT JOIN app_user_role r ON r.username = u.username";

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    long count() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM app_user").getSingleResult()).longValue();
    }

    List<UserAccount> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + FROM + " ORDER BY u.username").getResultList();
        return rows.stream().map(UserStore::account).toList();
    }

    Optional<UserAccount> find(String username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + FROM + " WHERE u.username = ?1")
                .setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(UserStore::account);
    }

    /** Another user whose name differs from this one only by case (Elytron compares exactly: confusing twins). */
    Optional<String> sameNameIgnoringCase(String username) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT username FROM app_user WHERE LOWER(username) = LOWER(?1)")
                .setParameter(1, username).getResultList();
        return names.stream().findFirst();
    }

    Optional<String> passwordHash(String username) {
        @SuppressWarnings("unchecked")
        List<String> hashes = em.createNativeQuery("SELECT password_hash FROM app_user WHERE username = ?1 AND source = 'LOCAL'")
                .setParameter(1, username).getResultList();
        return hashes.stream().findFirst();
    }

    void insert(String username, String displayName, String email, UserSource source, String passwordHash, String role,
            Instant now) {
        em.createNativeQuery("INSERT INTO app_user (username, password_hash, enabled, created_at, display_name, email, source,"
                        + " password_changed_at, updated_at) VALUES (?1, ?2, TRUE, ?3, ?4, ?5, ?6, ?7, ?3)")
                .setParameter(1, username)
                .setParameter(2, passwordHash)
                .setParameter(3, utc(now))
                .setParameter(4, displayName)
                .setParameter(5, email)
                .setParameter(6, source.name())
                .setParameter(7, passwordHash == null ? null : utc(now))
                .executeUpdate();
        setRole(username, role);
    }

    void setRole(String username, String role) {
        em.createNativeQuery("DELETE FROM app_user_role WHERE username = ?1").setParameter(1, username).executeUpdate();
        em.createNativeQuery("INSERT INTO app_user_role (username, role_name) VALUES (?1, ?2)")
                .setParameter(1, username).setParameter(2, role).executeUpdate();
    }

    void setEnabled(String username, boolean enabled, Instant now) {
        update("enabled = ?2", username, enabled, now);
    }

    void setPassword(String username, String password, Instant now) {
        em.createNativeQuery("UPDATE app_user SET password_hash = ?2, password_changed_at = ?3, updated_at = ?3 WHERE username = ?1")
                .setParameter(1, username).setParameter(2, PasswordHasher.hash(password)).setParameter(3, utc(now))
                .executeUpdate();
    }

    void setProfile(String username, String displayName, String email, boolean alertMails, boolean dailyReport, Instant now) {
        em.createNativeQuery("UPDATE app_user SET display_name = ?2, email = ?3, alert_mails = ?4, daily_report = ?5,"
                        + " updated_at = ?6 WHERE username = ?1")
                .setParameter(1, username).setParameter(2, displayName).setParameter(3, email).setParameter(4, alertMails)
                .setParameter(5, dailyReport).setParameter(6, utc(now)).executeUpdate();
    }

    /** A directory user's name and mail as the directory says, kept when it says nothing. */
    void setDirectoryProfile(String username, String displayName, String email, Instant now) {
        em.createNativeQuery("UPDATE app_user SET display_name = COALESCE(?2, display_name), email = COALESCE(?3, email),"
                        + " updated_at = ?4 WHERE username = ?1")
                .setParameter(1, username).setParameter(2, displayName).setParameter(3, email)
                .setParameter(4, utc(now)).executeUpdate();
    }

    void recordSignIn(String username, String address, Instant now) {
        em.createNativeQuery("UPDATE app_user SET last_sign_in_at = ?2, last_sign_in_from = ?3 WHERE username = ?1")
                .setParameter(1, username).setParameter(2, utc(now)).setParameter(3, address).executeUpdate();
    }

    void delete(String username) {
        em.createNativeQuery("DELETE FROM app_user WHERE username = ?1").setParameter(1, username).executeUpdate();
    }

    /** The enabled local admins, locked until the transaction ends: two admins demoting each other wait in turn. */
    List<String> lockEnabledLocalAdmins() {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT u.username FROM app_user u JOIN app_user_role r ON r.username = u.username"
                + " WHERE r.role_name = 'admin' AND u.enabled = TRUE AND u.source = 'LOCAL' FOR UPDATE").getResultList();
        return names;
    }

    /** The addresses of enabled admins who opted in to alert mails, or to the daily report. */
    List<String> optedInAdmins(boolean dailyReport) {
        @SuppressWarnings("unchecked")
        List<String> mails = em.createNativeQuery("SELECT u.email FROM app_user u JOIN app_user_role r ON r.username = u.username"
                + " WHERE r.role_name = 'admin' AND u.enabled = TRUE AND u.email IS NOT NULL AND u."
                + (dailyReport ? "daily_report" : "alert_mails") + " = TRUE ORDER BY u.email").getResultList();
        return mails;
    }

    private void update(String set, String username, Object value, Instant now) {
        em.createNativeQuery("UPDATE app_user SET " + set + ", updated_at = ?3 WHERE username = ?1")
                .setParameter(1, username).setParameter(2, value).setParameter(3, utc(now)).executeUpdate();
    }

    private static UserAccount account(Object[] r) {
        return new UserAccount((String) r[0], (String) r[1], (String) r[2], (String) r[3], UserSource.valueOf((String) r[4]),
                bool(r[5]), bool(r[6]), bool(r[7]), instant(r[8]), (String) r[9], instant(r[10]));
    }

    /** Times are stored as UTC, as Hibernate stores them (hibernate.jdbc.time_zone). */
    static java.time.LocalDateTime utc(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) o;
    }
}
