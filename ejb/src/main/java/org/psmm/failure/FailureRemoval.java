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
        em.createNativeQuery("DELETE FROM auth_failure WHERE host_id = ?1").setParameter(1, hostId).executeUpdate();
        em.createNativeQuery("DELETE FROM auth_failure_day WHERE host_id = ?1").setParameter(1, hostId).executeUpdate();
    }

    /** The source's failures; the host's rollups are counted again from the rows that remain. */
    public void source(long sourceId, long hostId) {
        int deleted = em.createNativeQuery("DELETE FROM auth_failure WHERE source_id = ?1").setParameter(1, sourceId)
                .executeUpdate();
        if (deleted == 0) {
            return;
        }
        em.createNativeQuery("DELETE FROM auth_failure_day WHERE host_id = ?1").setParameter(1, hostId).executeUpdate();
        em.createNativeQuery("INSERT INTO auth_failure_day (day, source_ip, host_id, service, kind, user_name, no_user,"
                        + " failures, first_at, last_at) SELECT DATE(occurred_at), source_ip, host_id, service, kind,"
                        + " COALESCE(user_name, ''), user_name IS NULL, COUNT(*), MIN(occurred_at), MAX(occurred_at)"
                        + " FROM auth_failure WHERE host_id = ?1 GROUP BY DATE(occurred_at), source_ip, host_id, service, kind,"
                        + " COALESCE(user_name, ''), user_name IS NULL")
                .setParameter(1, hostId).executeUpdate();
    }
}
