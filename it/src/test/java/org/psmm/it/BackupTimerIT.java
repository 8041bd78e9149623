package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;

/**
 * The backup timer: a minute after deployment it looks at the newest backup on disk and, the
 * interval being over, backs up by itself. (Its later rounds come every backups.intervalHours.)
 */
@ExtendWith(ArquillianExtension.class)
class BackupTimerIT {

    private static final Api API = PsmmServer.admin();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @AfterEach
    void timedBackupsOff() {
        assertEquals(200, API.put("settings", "{\"backups.intervalHours\": 0}").status());
    }

    @Test
    void theTimerBacksUpWhenTheNewestBackupIsOlderThanTheInterval() throws Exception {
        Backups.emptyBackupDirectory();
        Files.createDirectories(Backups.DIR);
        // the newest backup on disk is years old
        Files.writeString(Backups.DIR.resolve("psmm-20000101-000000.sql.gz"), "old");
        assertEquals(200, API.put("settings", "{\"backups.intervalHours\": 1}").status());

        long until = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        List<JsonObject> byTimer = List.of();
        while (byTimer.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(2000);
            byTimer = API.get("backups").jsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(o -> o.getBoolean("onDisk") && "timer".equals(o.getString("startedBy", null))).toList();
        }
        assertEquals(1, byTimer.size(), "one backup by the timer within 150 s of deployment");
        assertEquals("SUCCEEDED", byTimer.get(0).getString("status"));
        assertTrue(Files.exists(Backups.DIR.resolve(byTimer.get(0).getString("fileName") + ".sha256")));
    }
}
