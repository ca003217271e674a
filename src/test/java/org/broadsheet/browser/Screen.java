package org.broadsheet.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Any page of the reader site as a reader sees it: the masthead with its tools (text size, dark
 * mode, mobile menu), the privacy notice, the footer. Specific pages extend it.
 */
public class Screen {

    static final Duration WAIT = Duration.ofSeconds(5);

    protected final Browser browser;
    protected final ChromeDriver driver;
    protected final String baseUrl;

    Screen(Browser browser, String baseUrl) {
        this.browser = browser;
        this.driver = browser.driver();
        this.baseUrl = baseUrl;
    }

    public Screen open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Screen reload() {
        driver.navigate().refresh();
        return this;
    }

    // --- what the server rendered into <html> ---

    public String theme() {
        return driver.findElement(By.tagName("html")).getDomAttribute("data-theme");
    }

    public String fontSize() {
        return driver.findElement(By.tagName("html")).getDomAttribute("data-font");
    }

    /** The theme the reader actually sees: the chosen one, or the device's preference for "system". */
    public String effectiveTheme() {
        String theme = theme();
        if (!"system".equals(theme)) {
            return theme;
        }
        return (Boolean) script("return matchMedia('(prefers-color-scheme: dark)').matches") ? "dark" : "light";
    }

    public String bodyBackground() {
        return css(driver.findElement(By.tagName("body")), "background-color");
    }

    /** How light the page background is: 0 for black, 1 for white (WCAG relative luminance). */
    public double backgroundLightness() {
        return luminance(bodyBackground());
    }

    /** The WCAG relative luminance of a computed CSS colour such as {@code rgb(18, 18, 18)}. */
    static double luminance(String cssColour) {
        String[] parts = cssColour.replaceAll("[^0-9.,]", "").split(",");
        if (parts.length < 3) {
            throw new IllegalArgumentException("not an rgb() colour: " + cssColour);
        }
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    // --- privacy notice ---

    public boolean consentBarShown() {
        return displayed("#consent");
    }

    public void acceptConsent() {
        driver.findElement(By.cssSelector("#consent [data-consent-accept]")).click();
        waitUntil(d -> !consentBarShown());
    }

    // --- masthead tools ---

    /** Opens the "Aa" menu and picks a text size; waits until the page shows it. */
    public void chooseTextSize(String size) {
        WebElement summary = driver.findElement(By.cssSelector("details.font-resizer > summary"));
        if (driver.findElement(By.cssSelector("details.font-resizer")).getDomAttribute("open") == null) {
            summary.click();
        }
        WebElement option = driver.findElement(By.cssSelector("details.font-resizer [data-font-size='" + size + "']"));
        waitUntil(ExpectedConditions.elementToBeClickable(option)).click();
        waitUntil(d -> size.equals(fontSize()));
    }

    public String textSizeMenuLabel() {
        return driver.findElement(By.cssSelector("details.font-resizer > summary")).getText().strip();
    }

    public void toggleTheme() {
        String before = effectiveTheme();
        String expected = "dark".equals(before) ? "light" : "dark";
        driver.findElement(By.cssSelector("[data-theme-toggle]")).click();
        waitUntil(d -> expected.equals(theme()));
    }

    public boolean mobileMenuButtonShown() {
        return displayed("details.mobile-menu > summary");
    }

    public void openMobileMenu() {
        driver.findElement(By.cssSelector("details.mobile-menu > summary")).click();
    }

    /** The category links of the mobile menu a reader can see. */
    public List<String> visibleMobileMenuLinks() {
        return driver.findElements(By.cssSelector("details.mobile-menu nav a[href^='/category/']")).stream()
                .filter(WebElement::isDisplayed).map(a -> a.getText().strip()).toList();
    }

    // --- generic helpers ---

    public boolean displayed(String selector) {
        List<WebElement> found = driver.findElements(By.cssSelector(selector));
        return !found.isEmpty() && found.stream().anyMatch(WebElement::isDisplayed);
    }

    public WebElement element(String selector) {
        return driver.findElement(By.cssSelector(selector));
    }

    public int count(String selector) {
        return driver.findElements(By.cssSelector(selector)).size();
    }

    public String css(WebElement element, String property) {
        return (String) script("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])", element, property);
    }

    /** The computed font size of the first element matching {@code selector}, in CSS pixels. */
    public double fontSizePx(String selector) {
        return Double.parseDouble(css(element(selector), "font-size").replace("px", ""));
    }

    /** Leaves a marker on the window; it survives only as long as no new page is loaded. */
    public void markWindow() {
        script("window.__stay = 1");
    }

    public boolean windowStillMarked() {
        return Boolean.TRUE.equals(script("return window.__stay === 1"));
    }

    public List<LogEntry> consoleEntries() {
        return browser.consoleEntries();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    protected WebElement scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }
}
