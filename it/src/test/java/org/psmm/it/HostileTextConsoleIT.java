package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * Text that attackers and monitored hosts wrote, stored in every field that can hold it, then
 * every page that shows it opened in a real browser: no alert, no script of theirs run (it would
 * set {@code window.pwned}), no expression evaluated, and the text shown as written. The
 * Content-Security-Policy check of {@link Browser#quit} also fails on any injected script that the
 * policy had to block.
 */
@ExtendWith({ArquillianExtension.class, RealClock.class})
class HostileTextConsoleIT {

    static final String SCRIPT = "</script><script>window.pwned='script';alert(1)</script>";
    static final String IMG = "<img src=x onerror=\"window.pwned='img'\">";
    static final String EXPRESSIONS = "{{7*7}} #{7*7} ${7*7}";
    static final String URL_TEXT = "javascript:window.pwned='url'";

    private static final Api API = PsmmServer.admin();
    private static ExplorerData failures;
    private static long hostId;
    private static long siteId;
    private static String siteName;
    private static String hostName;
    private static final List<Long> CHANNELS = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void storeHostileText() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        siteName = IMG + suffix;
        Reply site = API.post("sites", Json.createObjectBuilder().add("name", siteName).add("region", SCRIPT)
                .add("address", URL_TEXT).add("notes", EXPRESSIONS).build().toString());
        assertEquals(201, site.status(), site.body());
        siteId = site.json().getJsonNumber("id").longValue();

        hostName = "hostile-" + suffix;
        Reply host = API.post("hosts", Json.createObjectBuilder().add("name", hostName).add("address", "192.0.2.77")
                .add("roles", Json.createArrayBuilder().add("OTHER")).add("timeZone", "UTC").add("site", siteName)
                .add("notes", SCRIPT + " " + EXPRESSIONS).build().toString());
        assertEquals(201, host.status(), host.body());
        hostId = host.json().getJsonNumber("id").longValue();

        Reply channel = API.post("chat/channels", Json.createObjectBuilder().add("name", IMG + " " + EXPRESSIONS)
                .add("type", "WEBHOOK").add("url", "https://127.0.0.1:9/hook-" + suffix).build().toString());
        assertEquals(201, channel.status(), channel.body());
        CHANNELS.add(channel.json().getJsonNumber("id").longValue());
        // Shown on the settings page, but sent nothing: its address answers no one.
        Reply off = API.put("chat/channels/" + CHANNELS.get(0) + "/enabled", "false");
        assertTrue(off.status() < 300, off.body());

        failures = new ExplorerData().create();
        failures.insertNow(SCRIPT, "203.0.113.71", 3);
        failures.insertNow(IMG + EXPRESSIONS, "203.0.113.72", 3);

        // What a monitored host reports: a FUSE mount point and a device name are the host user's choice.
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = PsmmServer.database()) {
            try (PreparedStatement m = c.prepareStatement("INSERT INTO metric_sample (host_id, taken_at, cpu_percent, ram_percent,"
                    + " swap_percent, mem_total_kb, load1, load5, load15, uptime_seconds, users) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < 3; i++) {
                    m.setLong(1, hostId);
                    m.setTimestamp(2, Timestamp.valueOf(now.minusMinutes(5L * i)));
                    m.setDouble(3, 10 + i);
                    m.setDouble(4, 40);
                    m.setDouble(5, 0);
                    m.setLong(6, 2_000_000);
                    m.setDouble(7, 0.1);
                    m.setDouble(8, 0.1);
                    m.setDouble(9, 0.1);
                    m.setLong(10, 3600);
                    m.setInt(11, 1);
                    m.addBatch();
                }
                m.executeBatch();
            }
            try (PreparedStatement d = c.prepareStatement("INSERT INTO disk_sample (host_id, taken_at, mount, device, fs_type,"
                    + " size_kb, used_kb, used_percent) VALUES (?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < 3; i++) {
                    d.setLong(1, hostId);
                    d.setTimestamp(2, Timestamp.valueOf(now.minusMinutes(5L * i)));
                    d.setString(3, "/data" + SCRIPT);
                    d.setString(4, IMG);
                    d.setString(5, "fuse");
                    d.setLong(6, 1_000_000);
                    d.setLong(7, 500_000);
                    d.setDouble(8, 50);
                    d.addBatch();
                }
                d.executeBatch();
            }
            // An update run as the updates code stores it: package names and versions come from apt's output.
            long run;
            try (PreparedStatement u = c.prepareStatement("INSERT INTO update_run (host_id, host_name, requested_by, status,"
                    + " queued_at, started_at, finished_at, duration_ms, output_tail) VALUES (?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                u.setLong(1, hostId);
                u.setString(2, hostName);
                u.setString(3, "admin");
                u.setString(4, "SUCCEEDED");
                Timestamp t = Timestamp.valueOf(now.minusMinutes(1));
                u.setTimestamp(5, t);
                u.setTimestamp(6, t);
                u.setTimestamp(7, t);
                u.setLong(8, 1000);
                u.setString(9, "Setting up " + SCRIPT);
                u.executeUpdate();
                try (ResultSet keys = u.getGeneratedKeys()) {
                    keys.next();
                    run = keys.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO update_run_package (run_id, position, name, from_version, to_version) VALUES (?,?,?,?,?)")) {
                p.setLong(1, run);
                p.setInt(2, 0);
                p.setString(3, IMG);
                p.setString(4, EXPRESSIONS);
                p.setString(5, "2" + SCRIPT);
                p.executeUpdate();
            }
        }
    }

    @AfterAll
    static void cleanUp() {
        for (long id : CHANNELS) {
            API.delete("chat/channels/" + id);
        }
        API.delete("hosts/" + hostId);
        API.delete("sites/" + siteId);
    }

    @Test
    void everyPageShowsTheTextAsWrittenAndRunsNoneOfIt() {
        WebDriver driver = Browser.start();
        try {
            Browser.logIn(driver, "/", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));
            String ip = URLEncoder.encode("203.0.113.71", StandardCharsets.UTF_8);
            String user = URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8);

            visit(driver, "/index.xhtml", SCRIPT);
            visit(driver, "/hosts.xhtml", siteName);
            visit(driver, "/sites.xhtml", siteName, SCRIPT);
            visit(driver, "/host-metrics.xhtml?host=" + hostId + "&hours=24");
            // The disk chart's series are named by mount point: drawn on a canvas, so read from Chart.js.
            Object labels = ((JavascriptExecutor) driver).executeScript("return window.Chart ? Object.values(Chart.instances)"
                    + ".flatMap(c => c.data.datasets.map(d => d.label)) : null");
            assertTrue(labels instanceof List<?> l && l.stream().anyMatch(x -> String.valueOf(x).contains("/data" + SCRIPT)),
                    "the disk chart names the mount as written: " + labels);
            visit(driver, "/failures.xhtml?user=" + user, SCRIPT);
            visit(driver, "/ip.xhtml?ip=" + ip, SCRIPT);
            visit(driver, "/updates.xhtml", IMG);
            visit(driver, "/settings.xhtml", IMG + " " + EXPRESSIONS);
            visit(driver, "/audit.xhtml", siteName);
            visit(driver, "/reports.xhtml");
            visit(driver, "/alerts.xhtml");
            visit(driver, "/notifications.xhtml");
            visit(driver, "/jobs.xhtml");

            // The host's edit dialog puts the notes into a text area: still text.
            driver.get(PsmmServer.URL + "/hosts.xhtml");
            Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//tr[.//text()[contains(., '" + hostName + "')]]//button[contains(@class,'edit-host')]"))).click();
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("hostDialog")));
            String notes = (String) ((JavascriptExecutor) driver).executeScript(
                    "const t = document.querySelector('[id=\"hostDialog\"] textarea'); return t ? t.value : null;");
            assertEquals(SCRIPT + " " + EXPRESSIONS, notes, "the notes, as typed, in the dialog");
            nothingRan(driver, "the host dialog");
        } finally {
            Browser.quit(driver);
        }
    }

    /** Opens a page; fails if anything hostile ran, or if one of {@code shown} is not on it as written. */
    private static void visit(WebDriver driver, String page, String... shown) {
        driver.get(PsmmServer.URL + page);
        Browser.waitFor(driver).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        nothingRan(driver, page);
        String text = driver.findElement(By.tagName("body")).getText();
        assertFalse(text.contains("Exception"), page + " shows an exception: " + text);
        for (String s : shown) {
            assertTrue(text.contains(s), page + " should show, as written: " + s + "\n--- it shows:\n" + text);
        }
    }

    private static void nothingRan(WebDriver driver, String where) {
        try {
            Thread.sleep(300); // an image's onerror runs just after the load
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            String alert = driver.switchTo().alert().getText();
            fail(where + " opened an alert dialog: " + alert);
        } catch (NoAlertPresentException expected) {
            // as it should be
        }
        assertNull(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined ? null : String(window.pwned)"),
                where + " ran a hostile script");
        String html = driver.getPageSource();
        assertFalse(html.contains(">49<") || html.contains(" 49 #{"), where + " evaluated an expression");
    }
}
