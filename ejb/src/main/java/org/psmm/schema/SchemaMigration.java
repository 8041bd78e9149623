package org.psmm.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the database to the schema this build expects before anything else runs. Hibernate
 * never generates the schema; it only validates its mapping here, after the migrations (its own
 * validation at boot would run before them).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/PsmmDS")
    private DataSource dataSource;

    @PersistenceUnit(unitName = "psmm")
    private EntityManagerFactory emf;

    @PostConstruct
    void migrate() {
        bringUpToDate();
    }

    /** Also after a restore: a backup taken by an older build gets the migrations it lacks. */
    public void bringUpToDate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // No outOfOrder: a new migration takes a number above the highest one released
                // (an installed V69 makes Flyway refuse a new V20), whatever range a branch used.
                // WildFly creates its JBeret and EJB timer tables in this schema at boot, before
                // PSMM deploys: a baseline at 0 lets Flyway start there and still apply V1.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
