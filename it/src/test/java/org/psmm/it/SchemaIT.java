package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the deployment left in MariaDB: Flyway's history, PSMM's tables, JBeret's and the timers'. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    private static Set<String> tables(Connection c) throws Exception {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }

    @Test
    void flywayAppliedEveryMigrationSuccessfully() throws Exception {
        try (Connection c = PsmmServer.database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version = '1'")) {
            assertTrue(rs.next(), "migration V1 is in flyway_schema_history");
            assertTrue(rs.getBoolean("success"));
        }
        try (Connection c = PsmmServer.database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no failed migration");
        }
    }

    @Test
    void psmmAndServerTablesExist() throws Exception {
        try (Connection c = PsmmServer.database()) {
            Set<String> tables = tables(c);
            for (String t : new String[] {"host", "host_role", "app_user", "app_user_role",
                    "job_instance", "job_execution", "step_execution", "partition_execution", "jboss_ejb_timer"}) {
                assertTrue(tables.contains(t), t + " missing; found " + tables);
            }
        }
    }

    @Test
    void firstAdministratorWasCreatedWithABcryptHash() throws Exception {
        try (Connection c = PsmmServer.database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT u.password_hash, r.role_name FROM app_user u "
                        + "JOIN app_user_role r ON r.username = u.username WHERE u.username = 'admin'")) {
            assertTrue(rs.next(), "admin exists");
            assertTrue(rs.getString(1).startsWith("$2a$"), "stored as bcrypt, never in clear");
            assertEquals("admin", rs.getString(2));
        }
    }
}
