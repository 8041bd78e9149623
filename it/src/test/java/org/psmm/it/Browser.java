package org.psmm.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.util.logging.Level;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium and chromedriver, headless. Their paths are given, so Selenium never tries
 * to download a browser or a driver (these machines cannot).
 */
public final class Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    public static WebDriver start() {
        for (String path : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(path).canExecute()) {
                throw new IllegalStateException(path + " is missing: apt-get install chromium chromium-driver (.ci/run does)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900", "--lang=en-US",
                // The tests' own self-signed server certificate, accepted by its key and only it.
                "--ignore-certificate-errors-spki-list=" + spkiHash());
        // The browser's console, read at quit(): a Content-Security-Policy violation fails the test.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Ends the browser, and fails when the console's pages broke their Content-Security-Policy
     * (a script or style the policy refused): the console must satisfy its own policy.
     */
    public static void quit(WebDriver driver) {
        List<String> violations;
        try {
            violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("the console broke its Content-Security-Policy: " + violations);
        }
    }

    /** base64(SHA-256(SubjectPublicKeyInfo)) of the tests' server certificate, as chromium pins a key. */
    private static String spkiHash() {
        try {
            byte[] spki = PsmmServer.certificate().getPublicKey().getEncoded();
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a console page, signs in on the login form the server puts in front of it. */
    public static void logIn(WebDriver driver, String page, String user, String password) {
        driver.get(PsmmServer.URL + page);
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    /**
     * Opens a page from the console's menu as a person would: an entry grouped in a submenu
     * (Network, Activity, Administration) is reached by opening its submenu first.
     */
    public static void menu(WebDriver driver, String itemId) {
        WebElement link = driver.findElement(By.id("menuForm:" + itemId));
        if (!link.isDisplayed()) {
            WebElement submenu = link.findElement(By.xpath("ancestor::li[contains(@class,'ui-menu-parent')][1]/a"));
            new org.openqa.selenium.interactions.Actions(driver).moveToElement(submenu).perform();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.visibilityOf(link));
            } catch (org.openqa.selenium.TimeoutException e) {
                submenu.click();
                waitFor(driver).until(ExpectedConditions.visibilityOf(link));
            }
        }
        link.click();
    }

    public static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Saved under it/target/screenshots for people to look at. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("psmm.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Picks a label in a PrimeFaces menu until the menu shows it: a click that lands while the form
     * is re-rendered is lost, and a re-rendered dialog may leave a hidden copy of the panel.
     */
    public static void choose(WebDriver driver, String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        waitFor(driver).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class).until(d -> {
            if (label.equals(d.findElement(By.id(menuId + "_label")).getText())) {
                return true;
            }
            List<WebElement> shown = d.findElements(item).stream().filter(WebElement::isDisplayed).toList();
            if (shown.isEmpty()) {
                d.findElement(By.id(menuId)).click();
            } else {
                // The panel may open below the fold of a tall dialog: a scripted click reaches it anyway.
                ((JavascriptExecutor) d).executeScript("arguments[0].click()", shown.get(0));
            }
            return false;
        });
    }
}
