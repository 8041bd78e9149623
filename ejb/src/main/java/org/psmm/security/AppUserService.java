package org.psmm.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Writes console/API users. The tables are plain (no entity): Elytron reads them with its own
 * SQL, and keeping them out of JPA keeps password hashes out of every entity graph.
 */
@Stateless
public class AppUserService {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    public long count() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM app_user").getSingleResult()).longValue();
    }

    public void create(String username, String password, String role) {
        em.createNativeQuery("INSERT INTO app_user (username, password_hash, enabled, created_at) VALUES (?, ?, TRUE, ?)")
                .setParameter(1, username)
                .setParameter(2, PasswordHasher.hash(password))
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        em.createNativeQuery("INSERT INTO app_user_role (username, role_name) VALUES (?, ?)")
                .setParameter(1, username)
                .setParameter(2, role)
                .executeUpdate();
    }
}
