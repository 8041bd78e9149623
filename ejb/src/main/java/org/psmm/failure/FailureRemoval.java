package org.psmm.failure;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What a foreign key's ON DELETE CASCADE did before auth_failure was partitioned (partitioned
 * InnoDB tables take no foreign keys): a deleted host or log source takes its failures, and their
 * rollups, with it. In the caller's transaction, before the host or source row goes.
 */
@Stateless
public class FailureRemoval {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    public void host(long hostId) {
        em.createNativeQuery(FailureRollup.LOCK).getResultList();
        takeOutOfAddressesAndUsers(hostId);
        em.createNativeQuery("DELETE FROM auth_failure WHERE host_id = ?1").setParameter(1, hostId).executeUpdate();
        em.createNativeQuery("DELETE FROM auth_failure_day WHERE host_id = ?1").setParameter(1, hostId).executeUpdate();
        em.createNativeQuery("DELETE FROM auth_failure_hour WHERE host_id = ?1").setParameter(1, hostId).executeUpdate();
    }

    /** The source's failures; the host's rollups are counted again from the rows that remain. */
    public void source(long sourceId, long hostId) {
        int deleted = em.createNativeQuery("DELETE FROM auth_failure WHERE source_id = ?1").setParameter(1, sourceId)
                .executeUpdate();
        if (deleted == 0) {
            return;
        }
        em.createNativeQuery(FailureRollup.LOCK).getResultList();
        takeOutOfAddressesAndUsers(hostId);
        em.createNativeQuery("DELETE FROM auth_failure_day WHERE host_id = ?1").setParameter(1, hostId).executeUpdate();
        em.createNativeQuery("INSERT INTO auth_failure_day (day, source_ip, host_id, service, kind, user_name, no_user,"
                        + " failures, first_at, last_at) SELECT DATE(occurred_at), source_ip, host_id, service, kind,"
                        + " COALESCE(user_name, ''), user_name IS NULL, COUNT(*), MIN(occurred_at), MAX(occurred_at)"
                        + " FROM auth_failure WHERE host_id = ?1 GROUP BY DATE(occurred_at), source_ip, host_id, service, kind,"
                        + " COALESCE(user_name, ''), user_name IS NULL")
                .setParameter(1, hostId).executeUpdate();
        putBackIntoAddressesAndUsers(hostId);
        em.createNativeQuery("DELETE FROM auth_failure_hour WHERE host_id = ?1").setParameter(1, hostId).executeUpdate();
        em.createNativeQuery("INSERT INTO auth_failure_hour (hour, host_id, service, kind, failures)"
                        + " SELECT CAST(DATE_FORMAT(occurred_at, '%Y-%m-%d %H:00:00') AS DATETIME), host_id, service, kind, COUNT(*)"
                        + " FROM auth_failure WHERE host_id = ?1 GROUP BY 1, host_id, service, kind")
                .setParameter(1, hostId).executeUpdate();
    }

    /** The host's failed logins per day and address, per day and user, from its auth_failure_day rows. */
    private static final String HOST_IPS = "SELECT day, source_ip, SUM(failures) AS n FROM auth_failure_day"
            + " WHERE host_id = ?1 AND kind <> 'probe' GROUP BY source_ip, day";
    private static final String HOST_USERS = "SELECT day, user_name, SUM(failures) AS n FROM auth_failure_day"
            + " WHERE host_id = ?1 AND kind <> 'probe' AND no_user = FALSE GROUP BY user_name, day";

    /**
     * Takes the host's share out of the per-day rollups of addresses and users, which hold every
     * host's together; entries left at 0 go.
     */
    private void takeOutOfAddressesAndUsers(long hostId) {
        for (String[] t : new String[][] {{"auth_failure_ip_day", "source_ip", HOST_IPS}, {"auth_failure_user_day", "user_name", HOST_USERS}}) {
            String join = " JOIN (" + t[2] + ") x ON r." + t[1] + " = x." + t[1] + " AND r.day = x.day";
            em.createNativeQuery("UPDATE " + t[0] + " r" + join + " SET r.failures = r.failures - x.n")
                    .setParameter(1, hostId).executeUpdate();
            em.createNativeQuery("DELETE r FROM " + t[0] + " r" + join + " WHERE r.failures <= 0")
                    .setParameter(1, hostId).executeUpdate();
        }
    }

    /** Puts the host's share back, once its auth_failure_day rows were counted again from its rows. */
    private void putBackIntoAddressesAndUsers(long hostId) {
        em.createNativeQuery("INSERT INTO auth_failure_ip_day (day, source_ip, failures) " + HOST_IPS
                        + " ON DUPLICATE KEY UPDATE failures = failures + VALUES(failures)")
                .setParameter(1, hostId).executeUpdate();
        em.createNativeQuery("INSERT INTO auth_failure_user_day (day, user_name, failures) " + HOST_USERS
                        + " ON DUPLICATE KEY UPDATE failures = failures + VALUES(failures)")
                .setParameter(1, hostId).executeUpdate();
    }
}
