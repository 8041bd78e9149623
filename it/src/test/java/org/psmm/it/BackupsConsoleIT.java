package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Backups page lists the backups on disk, "Back up now" adds one, and Restore asks first. */
@ExtendWith(ArquillianExtension.class)
class BackupsConsoleIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeEach
    void prepare() throws Exception {
        Backups.emptyBackupDirectory();
    }

    private Set<String> listedFiles() {
        return driver.findElements(By.cssSelector("#backupsForm\\:backups .backup-file")).stream().map(WebElement::getText)
                .collect(Collectors.toSet());
    }

    @Test
    void theBackupsPageListsBackupsAndBackUpNowAddsOne() throws Exception {
        String first = Backups.backUpNow();
        String second = Backups.backUpNow();

        Browser.logIn(driver, "/backups.xhtml", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("backupsForm:backup-now")));
        assertEquals(Set.of(first, second), listedFiles());
        String row = driver.findElement(By.xpath("//tr[.//span[@class='backup-file' and text()='" + second + "']]")).getText();
        assertTrue(row.contains("OK"), row);

        driver.findElement(By.id("backupsForm:backup-now")).click();
        try {
            Browser.waitFor(driver).until(d -> listedFiles().size() == 3);
        } finally {
            Browser.screenshot(driver, "backups");
        }
        List<String> onDisk = PsmmServer.admin().get("backups").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getBoolean("onDisk")).map(o -> o.getString("fileName")).toList();
        assertEquals(3, onDisk.size());
        assertEquals(Set.copyOf(onDisk), listedFiles());
        assertTrue(driver.findElement(By.id("backupsForm:messages")).getText().contains(onDisk.get(0)),
                "the message names the new backup");

        // restore the second one, after confirming; the list still shows every file on disk. A
        // reader's open transaction on `alert` holds the restore while it loads (see BackupIT): the
        // page shows it going on meanwhile.
        try (var c = PsmmServer.database()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.executeQuery("SELECT COUNT(*) FROM alert").close();
            }
            driver.findElement(By.xpath("//tr[.//span[@class='backup-file' and text()='" + second + "']]"))
                    .findElement(By.cssSelector(".restore-backup")).click();
            Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            try {
                Browser.waitFor(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".restore-progress-text"),
                                "Restoring " + second + ", asked by " + PsmmServer.ADMIN + ": loading the data"));
                assertEquals(1, driver.findElements(By.cssSelector(".restore-progress-bar")).size());
            } finally {
                Browser.screenshot(driver, "backups-restoring");
                c.rollback();
            }
        }
        try {
            Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("backupsForm:messages"),
                    "Database restored from " + second));
        } finally {
            Browser.screenshot(driver, "backups-restored");
        }
        assertEquals(Set.copyOf(onDisk), listedFiles());
        assertTrue(driver.findElement(By.id("backupsForm:restores")).getText().contains(second), "the restore is listed");
        Browser.waitFor(driver).until(d -> d.findElements(By.cssSelector(".restore-progress-text")).isEmpty());

        // the menu leads there, in French too
        driver.findElement(By.id("sessionForm:lang-fr")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("backupsForm:backup-now"),
                "Sauvegarder maintenant"));
        assertTrue(driver.findElement(By.id("menuForm:menu")).getAttribute("textContent").contains("Sauvegardes"));
    }
}
