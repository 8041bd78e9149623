package org.psmm.secret;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * At start, seals the credentials a PSMM older than sealing stored in clear (and any written
 * around StoredSecrets by a restore of such a backup). One entry per secret column: its table,
 * key, column, purpose, and what of it may still be shown, kept beside it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ClearSecretsSealer {

    private static final Logger LOG = Logger.getLogger(ClearSecretsSealer.class.getName());

    /** A secret column; {@code shownColumn}, if any, gets {@code shown} of the clear value. */
    record Column(String table, String key, String column, String purpose, String shownColumn, UnaryOperator<String> shown) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("chat_channel", "id", "webhook_url", "chat_channel.webhook_url", "webhook_shown", SecretShown::url),
            new Column("captive_portal", "site", "password", "captive_portal.password", null, null));

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private StoredSecrets secrets;

    @PostConstruct
    void sealClearValues() {
        for (Column c : COLUMNS) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + c.key() + ", " + c.column() + " FROM " + c.table()
                    + " WHERE " + c.column() + " NOT LIKE 'psmm1:%'").getResultList();
            for (Object[] row : rows) {
                String clear = (String) row[1];
                String set = c.column() + " = ?1" + (c.shownColumn() == null ? "" : ", " + c.shownColumn() + " = ?3");
                var update = em.createNativeQuery("UPDATE " + c.table() + " SET " + set + " WHERE " + c.key() + " = ?2")
                        .setParameter(1, secrets.seal(clear, c.purpose()))
                        .setParameter(2, row[0]);
                if (c.shownColumn() != null) {
                    update.setParameter(3, c.shown().apply(clear));
                }
                update.executeUpdate();
            }
            if (!rows.isEmpty()) {
                LOG.info(() -> rows.size() + " " + c.purpose() + " value(s) stored in clear are now sealed");
            }
        }
    }
}
