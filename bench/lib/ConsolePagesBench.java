import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * bench/console-pages' measuring half: signs in to the console in headless chromium (Debian's
 * chromium and chromedriver, as the browser tests), then for each page given: the first byte
 * (a plain HTTP GET with the browser's session cookie, timed to the response's status line, i.e.
 * the server's work) and the full load (the browser's Navigation Timing: request start to the end
 * of the load event, scripts, styles and charts included). Each page RUNS times; prints the first
 * run and the median of the others.
 *
 *   java -cp SELENIUM_CLASSPATH ConsolePagesBench.java BASE_URL USER PASSWORD RUNS PAGE...
 */
public class ConsolePagesBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int runs = Integer.parseInt(args[3]);
        List<String> pages = List.of(args).subList(4, args.length);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
            driver.get(base + "/index.xhtml");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(args[1]);
            driver.findElement(By.id("j_password")).sendKeys(args[2]);
            driver.findElement(By.id("login-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));
            Cookie session = driver.manage().getCookieNamed("JSESSIONID");
            System.out.printf("%-36s %11s %11s   %11s %11s   %s%n", "page", "1st byte", "(first)", "full load", "(first)",
                    "DOM nodes");
            for (String page : pages) {
                List<Double> firstByte = new ArrayList<>();
                List<Double> full = new ArrayList<>();
                long nodes = 0;
                for (int i = 0; i < runs; i++) {
                    firstByte.add(firstByte(base + page, session));
                    driver.get(base + page);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> t = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            const read = () => {
                              const n = performance.getEntriesByType('navigation')[0];
                              if (!n || n.loadEventEnd === 0) { setTimeout(read, 20); return; }
                              done({ttfb: n.responseStart - n.requestStart, load: n.loadEventEnd - n.startTime,
                                    nodes: document.getElementsByTagName('*').length, url: location.pathname});
                            };
                            read();""");
                    if (String.valueOf(t.get("url")).endsWith("login.xhtml")) {
                        throw new IllegalStateException(page + " sent the browser to the login page");
                    }
                    full.add(((Number) t.get("load")).doubleValue());
                    nodes = ((Number) t.get("nodes")).longValue();
                }
                System.out.printf("%-36s %8.0f ms %8.0f ms   %8.0f ms %8.0f ms   %d%n", page, median(firstByte), firstByte.get(0),
                        median(full), full.get(0), nodes);
            }
        } finally {
            driver.quit();
        }
    }

    /** Milliseconds until the response's status line and headers, the body then read and dropped. */
    private static double firstByte(String url, Cookie session) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setRequestProperty("Cookie", session.getName() + "=" + session.getValue());
        long start = System.nanoTime();
        int status = c.getResponseCode();
        double ms = (System.nanoTime() - start) / 1e6;
        if (status >= 300 && status < 400) {
            throw new IllegalStateException(url + ": redirected to " + c.getHeaderField("Location"));
        }
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            if (in != null) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        return ms;
    }

    /** The median of the runs after the first (the first warms caches up), or the first alone. */
    private static double median(List<Double> runs) {
        List<Double> rest = new ArrayList<>(runs.size() > 1 ? runs.subList(1, runs.size()) : runs);
        Collections.sort(rest);
        int n = rest.size();
        return n % 2 == 1 ? rest.get(n / 2) : (rest.get(n / 2 - 1) + rest.get(n / 2)) / 2;
    }
}
