package org.psmm.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

    @Test
    void readsTheDatasourceUrl() {
        DatabaseTarget db = DatabaseTarget.of("jdbc:mariadb://db.example.org:3307/psmm_prod?useSsl=true", "psmm", "s3cret");
        assertEquals("psmm_prod", db.database());
        assertEquals("psmm@db.example.org:3307/psmm_prod", db.toString());
        List<String> dump = DatabaseDump.command(db);
        assertEquals("--no-defaults", dump.get(1), "must come first or the client refuses it");
        assertTrue(dump.contains("--host=db.example.org") && dump.contains("--port=3307") && dump.contains("--user=psmm"));
        assertTrue(dump.contains("--single-transaction") && dump.contains("--routines") && dump.contains("--triggers"));
        assertTrue(dump.contains("--ignore-table=psmm_prod.JOB_EXECUTION"));
        assertFalse(dump.contains("--databases"), "a dump naming its database could not be restored into another schema");
        assertEquals("psmm_prod", dump.get(dump.size() - 1));
    }

    @Test
    void thePasswordGoesToTheEnvironmentOnly() {
        DatabaseTarget db = DatabaseTarget.of("jdbc:mariadb://127.0.0.1/psmm", "root", "s3cret");
        assertFalse(String.join(" ", DatabaseDump.command(db)).contains("s3cret"));
        assertFalse(String.join(" ", DatabaseRestore.command(db)).contains("s3cret"));
        assertFalse(db.toString().contains("s3cret"));
        Map<String, String> env = new HashMap<>(Map.of("MYSQL_PWD", "inherited"));
        db.passPassword(env);
        assertEquals("s3cret", env.get("MYSQL_PWD"));
        DatabaseTarget.of("jdbc:mariadb://127.0.0.1/psmm", "root", null).passPassword(env);
        assertFalse(env.containsKey("MYSQL_PWD"), "no inherited password may reach the client");
    }

    @Test
    void aRestoreDropsPsmmsTablesButNotTheServersOwn() {
        String sql = DatabaseRestore.dropTables();
        assertTrue(sql.contains("table_schema = DATABASE()"), "only the restored schema");
        for (String t : DatabaseDump.SERVER_TABLES) {
            assertTrue(sql.contains("'" + t + "'"), t + " is kept");
        }
        assertTrue(sql.contains("'DO 0'"), "an empty schema is fine");
    }

    @Test
    void refusesUrlsItCannotUseSafely() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseTarget.of("jdbc:postgresql://h/psmm", "u", null));
        assertThrows(IllegalArgumentException.class, () -> DatabaseTarget.of("jdbc:mariadb://h/psmm`; DROP", "u", null));
        assertThrows(IllegalArgumentException.class, () -> DatabaseTarget.of("jdbc:mariadb://h/", "u", null));
        assertEquals("psmm", DatabaseTarget.fromEnvironment(Map.of()).database());
    }
}
