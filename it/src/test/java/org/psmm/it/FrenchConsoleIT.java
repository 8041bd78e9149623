package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of the console in French, read as a person sees it: a visible word that only the
 * English texts use (a word of an English bundle value that no French value uses) is a text left
 * in English. What the pages show as data (host and user names, log lines, what a host printed:
 * marked psmm-data, psmm-mono...) is not the console's wording and is left out.
 */
@ExtendWith(ArquillianExtension.class)
class FrenchConsoleIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    /** Every page of the console, with what it needs in its address. */
    /** Names that stay as they are in a French sentence. */
    static final Set<String> PRODUCT_NAMES = Set.of("psmm", "mariadb", "openssh", "ssh", "sshd", "snmp", "ldap", "google",
            "chat", "webhook", "json", "https", "http", "alcasar", "apt", "sudo", "root", "monitor", "cpu", "ram", "utc", "csv",
            "sha", "dpkg", "journalctl", "systemd", "vsftpd", "nginx", "apache", "xrdp", "proftpd", "pureftpd", "wuftpd", "ftp",
            "sql", "web", "ipv", "mib", "gib", "kib", "ok");

    /** Elements whose text is data, not console wording. */
    static final String DATA = "script,style,noscript,textarea,select,.psmm-data,.psmm-mono,.psmm-raw,.psmm-detail,.psmm-error,"
            + ".psmm-fp,.host-name,.failure-user,.failure-ip,.top-user,.top-ip,.psmm-user,.user-name,.audit-actor,.audit-target,"
            + ".audit-detail,.site-name,.device-name,.device-sysname,.backup-file,.backup-file-failed,.if-alias,.psmm-brand,"
            + ".psmm-lang,.threshold-host,.alert-detail,.source-path,.psmm-host-name";

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    private static Properties bundle(String file) throws IOException {
        Path dir = Path.of(System.getProperty("user.dir")).resolveSibling("web").resolve("src/main/resources/org/psmm/web");
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.ISO_8859_1)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.replaceAll("\\{\\d+\\}", " "));
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Words of the English texts that differ from their French, used by no French text. */
    static Set<String> englishOnlyWords() throws IOException {
        Set<String> french = new HashSet<>();
        Set<String> english = new TreeSet<>();
        for (String base : List.of("messages", "validation")) {
            Properties en = bundle(base + ".properties");
            Properties fr = bundle(base + "_fr.properties");
            fr.stringPropertyNames().forEach(k -> french.addAll(words(fr.getProperty(k))));
            for (String key : en.stringPropertyNames()) {
                if (!en.getProperty(key).equals(fr.getProperty(key))) {
                    english.addAll(words(en.getProperty(key)));
                }
            }
        }
        english.removeAll(french);
        english.removeAll(PRODUCT_NAMES);
        return english;
    }

    /** The visible text nodes and placeholders of the page, data left out. */
    @SuppressWarnings("unchecked")
    private List<String> visibleTexts() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var skip = arguments[0], out = [];
                var visible = function (el) { return el.checkVisibility({visibilityProperty: true, opacityProperty: true}); };
                var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  var n = walker.currentNode, el = n.parentElement, t = n.nodeValue.trim();
                  if (t && el && !el.closest(skip) && visible(el)) { out.push(t); }
                }
                document.querySelectorAll('[placeholder]').forEach(function (el) {
                  var ph = el.placeholder.trim();
                  // An example path (/run/mysqld/mysqld.sock) is what the field holds, not wording.
                  if (!el.closest(skip) && visible(el) && ph && ph.charAt(0) !== '/') { out.push(ph); }
                });
                out.push(document.title);
                return out;
                """, DATA);
    }

    private void collect(String page, Set<String> english, Map<String, Set<String>> leftInEnglish) {
        for (String text : visibleTexts()) {
            for (String w : words(text)) {
                if (english.contains(w)) {
                    leftInEnglish.computeIfAbsent(page, p -> new TreeSet<>()).add(w + " in \"" + text + "\"");
                }
            }
        }
    }

    @Test
    void everyPageInFrenchIsInFrench() throws Exception {
        Set<String> english = englishOnlyWords();
        assertTrue(english.containsAll(Set.of("failed", "yesterday", "backup")), "the English vocabulary is read: " + english.size());
        String host = LabHosts.createUnreachableHost("fr");
        // Failed logins of every kind and service, so that the tables show kinds and statuses, not only headers.
        ExplorerData data = new ExplorerData().create();
        data.insertNow("fr-user", "203.0.113.77", 3);
        Map<String, Set<String>> leftInEnglish = new LinkedHashMap<>();

        Browser.logIn(driver, "/", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));
        driver.findElement(By.id("sessionForm:lang-fr")).click();
        Browser.waitFor(driver).until(ExpectedConditions.attributeContains(By.id("sessionForm:lang-fr"), "class", "active"));

        List<String> pages = new java.util.ArrayList<>(ConsolePages.ALL);
        pages.add("/ip.xhtml?ip=" + data.ipOne);
        pages.add("/failures.xhtml?kind=all&ip=" + data.ipMany);
        pages.add("/host.xhtml?id=" + data.hostBId);
        for (String page : pages) {
            driver.get(PsmmServer.URL + page);
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            collect(page, english, leftInEnglish);
            Browser.screenshot(driver, "fr" + page.replaceAll("[^a-z-]+", "-"));
        }

        // The submenus' entries, open one after the other.
        for (String submenu : List.of("menu-network", "menu-activity", "menu-admin")) {
            driver.get(PsmmServer.URL + "/index.xhtml");
            WebElement link = driver.findElement(By.cssSelector("[id='menuForm:" + submenu + "'] > a, a[id='menuForm:" + submenu + "']"));
            new org.openqa.selenium.interactions.Actions(driver).moveToElement(link).click().perform();
            collect("menu " + submenu, english, leftInEnglish);
        }

        // A host check: names and evidence through the bundles, not the check's English.
        driver.get(PsmmServer.URL + "/hosts.xhtml");
        By row = By.xpath("//tr[.//span[contains(@class,'host-name') and text()='" + host + "']]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row));
        driver.findElement(row).findElement(By.cssSelector(".run-check")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("checkForm:check-items")));
        assertEquals("Connexion SSH", driver.findElement(By.cssSelector("[id='checkForm:check-items'] .check-name")).getText());
        assertEquals("login", driver.findElement(By.cssSelector("[id='checkForm:check-items'] .check-name")).getAttribute("data-check"));
        String detail = driver.findElement(By.cssSelector("[id='checkForm:check-items'] .check-detail")).getText();
        assertTrue(detail.contains("pas encore confirm\u00e9e"), detail);
        collect("host check", english, leftInEnglish);
        Browser.screenshot(driver, "fr-host-check");
        driver.findElement(By.cssSelector("#checkDialog .ui-dialog-titlebar-close")).click();

        // Faces' own messages, in PSMM's French.
        driver.findElement(By.id("hostsForm:add-host")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("hostForm:name")));
        driver.findElement(By.id("hostForm:save-host")).click();
        WebElement required = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#hostDialog .ui-message-error")));
        assertTrue(required.getText().contains("une valeur est obligatoire"), required.getText());
        collect("host dialog", english, leftInEnglish);
        Browser.screenshot(driver, "fr-host-required");

        // The sign-in page, signed out and switched to French there.
        driver.manage().deleteAllCookies();
        driver.get(PsmmServer.URL + "/");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("loginLang:lang-fr"))).click();
        Browser.waitFor(driver).until(ExpectedConditions.attributeContains(By.id("login-submit"), "value", "connecter"));
        collect("/login.xhtml", english, leftInEnglish);
        Browser.screenshot(driver, "fr-login");

        assertEquals(Map.of(), leftInEnglish, "French pages with words only the English texts use");
    }
}
