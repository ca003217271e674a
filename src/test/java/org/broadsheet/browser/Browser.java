package org.broadsheet.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The one headless Chromium of this JVM (Debian's {@code chromium} and {@code chromedriver}), started
 * on first use and quit when the test run ends ({@link BrowserExtension}). Between tests it is
 * {@link #reset() reset}: no cookies, desktop size, screen media, the device's colour scheme.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(360, 740);

    private static Browser instance;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser() {
        try {
            profile = Files.createTempDirectory("broadsheet-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(30));
    }

    /** Whether Debian's Chromium and its driver are installed. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** The shared browser, started on first call. */
    public static synchronized Browser get() {
        if (instance == null) {
            instance = new Browser();
        }
        return instance;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Back to a first-time visitor on a desktop screen: no cookies, no emulation, nothing logged. */
    void reset() {
        driver.get("about:blank");
        cdp("Network.clearBrowserCookies", Map.of());
        cdp("Browser.resetPermissions", Map.of());
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        emulateMedia("", null);
        driver.manage().window().setSize(DESKTOP);
        consoleEntries();
    }

    /** Sizes the viewport (and the page's media queries) like a screen {@code size} wide and tall. */
    public void viewport(Dimension size) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", size.width, "height", size.height,
                "deviceScaleFactor", 1, "mobile", size.width < 600));
    }

    /**
     * Emulates a CSS media type ("print", "screen" or "" for none) and, when not null, the device's
     * colour scheme preference ("light" or "dark").
     */
    public void emulateMedia(String media, String colourScheme) {
        List<Map<String, String>> features = colourScheme == null ? List.of()
                : List.of(Map.of("name", "prefers-color-scheme", "value", colourScheme));
        cdp("Emulation.setEmulatedMedia", Map.of("media", media, "features", features));
    }

    /** Sets a cookie for the site at {@code baseUrl} before any page of it is open. */
    public void cookie(String baseUrl, String name, String value) {
        cdp("Network.setCookie", Map.of("name", name, "value", value, "url", baseUrl, "path", "/"));
    }

    /** The browser console entries since the last call (reading them empties the log). */
    public List<LogEntry> consoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    public Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    @Override
    public synchronized void close() {
        try {
            driver.quit();
        } finally {
            instance = null;
            deleteQuietly(profile.toFile());
        }
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        file.delete();
    }
}
