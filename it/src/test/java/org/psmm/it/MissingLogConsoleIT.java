package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;
import org.psmm.it.pages.DashboardView;
import org.psmm.it.pages.HostPageView;
import org.psmm.it.pages.JobsView;

/**
 * A log source whose file does not exist (issue 15 item 3) is a warning on the Jobs page and on its
 * host's page, not a silent COMPLETED; the lab hosts' real logs beside it are still collected.
 */
@ExtendWith(ArquillianExtension.class)
class MissingLogConsoleIT extends BrowserTest {

    private static final Api API = PsmmServer.admin();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    /** The job reads every host's logs: only this class's hosts, so that each partition is known. */
    @BeforeAll
    static void noHostLeftByOthers() {
        PsmmServer.removeAllHosts();
    }

    @Test
    void aMissingLogFileIsAWarningOnTheJobsPageAndTheHostPageWhileTheOtherLogsAreRead() {
        List<LabHosts.Watched> watched = LabHosts.watchAll(API);
        LabHosts.Watched sql = watched.stream().filter(w -> w.lab().equals("lab-sql")).findFirst().orElseThrow();
        String missing = "/var/log/psmm-missing-" + UUID.randomUUID().toString().substring(0, 6) + ".log";
        Reply added = API.post("hosts/" + sql.id() + "/log-sources", "{\"path\":\"" + missing + "\",\"format\":\"mariadb\"}");
        assertEquals(201, added.status(), added.body());
        long missingId = added.json().getJsonNumber("id").longValue();
        String hostName = API.get("hosts/" + sql.id()).json().getString("name");

        JsonObject execution = CollectionJobs.runJob();
        assertEquals("COMPLETED", execution.getString("status"), execution.toString());
        long executionId = execution.getJsonNumber("id").longValue();
        List<JsonObject> partitions = execution.getJsonArray("partitions").stream().map(JsonValue::asJsonObject).toList();
        int sources = watched.stream().mapToInt(w -> w.sources().size()).sum() + 1;
        assertEquals(sources, partitions.size(), execution.toString());
        for (JsonObject p : partitions) {
            assertEquals("COMPLETED", p.getString("status"), p.toString());
            boolean isMissing = p.getJsonNumber("sourceId").longValue() == missingId;
            String warning = p.containsKey("warning") && !p.isNull("warning") ? p.getString("warning") : null;
            if (isMissing) {
                assertEquals(missing + " does not exist on " + hostName + " (yet)", warning);
            } else {
                assertNull(warning, "the real logs are read in full: " + p);
            }
        }
        assertTrue(execution.getJsonNumber("linesRead").longValue() > 0, "the other logs were read: " + execution);

        signInAsAdmin();
        JobsView jobs = JobsView.open(driver);
        try {
            assertEquals("COMPLETED, 1 warning", jobs.status(executionId));
            assertTrue(jobs.statusIsWarning(executionId), "a warning badge, not the green one");
            List<JobsView.SourceRow> rows = jobs.expand(executionId);
            List<JobsView.SourceRow> warned = rows.stream().filter(r -> r.warning() != null).toList();
            assertEquals(1, warned.size(), rows.toString());
            JobsView.SourceRow row = warned.get(0);
            assertEquals(hostName, row.host());
            assertTrue(row.hostLink().endsWith("/host.xhtml?id=" + sql.id()), row.hostLink());
            assertEquals(missing, row.path());
            assertTrue(row.warning().contains(missing + " does not exist on " + hostName), row.warning());
            assertTrue(row.warningStyled(), "the warning is styled as one, with its icon");
        } finally {
            Browser.screenshot(driver, "jobs-missing-log");
        }

        HostPageView host = HostPageView.open(driver, sql.id());
        try {
            host.scrollToSources();
            assertEquals(1, host.sourceWarningBadges(), "one source, the missing one, carries the warning badge");
            List<String> warnings = host.sourceWarnings();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("Warning") && warnings.get(0).contains(missing + " does not exist"),
                    warnings.get(0));
        } finally {
            Browser.screenshot(driver, "host-missing-log");
        }
        assertTrue(DashboardView.open(driver).text("last-collection-warnings").contains("1 warning"),
                "the dashboard's last collection says it too");
    }
}
