package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.pages.Readability;

/**
 * Every console page at 1400 and 800 px, in English and in French (issue 15 item 1): no visible
 * column narrower than its header's text, no button with its label clipped, nothing cut without
 * a tooltip; measured in the browser's DOM (Readability), with rows in the tables: failed logins
 * of every kind, a host whose key waits for confirmation, a host with a pinned key.
 */
@ExtendWith(ArquillianExtension.class)
class ReadableTablesConsoleIT extends BrowserTest {

    private static ExplorerData data;
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void rows() throws Exception {
        data = new ExplorerData().create();
        LabHosts.createUnreachableHost("wide");
        long pinned = LabHosts.createHost(Lab.address("lab-web"), 22, "monitor", "\"WEB\"", "");
        LabHosts.pin(pinned);
    }

    @BeforeEach
    void signIn() {
        signInAsAdmin();
    }

    private List<String> pages() {
        List<String> pages = new ArrayList<>(ConsolePages.ALL);
        pages.remove("/no-such-page.xhtml");
        pages.add("/failures.xhtml?kind=all");
        pages.add("/ip.xhtml?ip=" + data.ipTwo);
        pages.add("/host.xhtml?id=" + data.hostBId);
        return pages;
    }

    @Test
    void everyPageIsReadableAt1400And800PxInEnglishAndFrench() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String language : List.of("en", "fr")) {
            driver.get(PsmmServer.URL + "/index.xhtml");
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));
            driver.findElement(By.id("sessionForm:lang-" + language)).click();
            Browser.waitFor(driver).until(ExpectedConditions.attributeContains(By.id("sessionForm:lang-" + language), "class", "active"));
            for (int width : new int[] {1400, 800}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                for (String page : pages()) {
                    driver.get(PsmmServer.URL + page);
                    Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                    List<String> found = Readability.problems(driver);
                    if (!found.isEmpty()) {
                        problems.put(language + " " + width + " px " + page, found);
                        Browser.screenshot(driver, "unreadable-" + language + "-" + width + page.replaceAll("[^a-z0-9-]+", "-"));
                    }
                }
            }
        }
        assertEquals(Map.of(), problems, "pages with columns, buttons or text cut");
    }
}
