package org.broadsheet.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page with a list of stories ({@code [data-list]}) that grows in place with "Show More": a
 * category archive, or the Related Stories of a story.
 */
public final class ListScreen extends Screen {

    /** The archive list of a category, tag or author page. */
    public static final String ARCHIVE = "main";
    /** The Related Stories section of a story page. */
    public static final String RELATED = "section.related";

    private final String items;
    private final String showMore;

    ListScreen(Browser browser, String baseUrl, String section) {
        super(browser, baseUrl);
        this.items = section + " [data-list] article";
        this.showMore = section + " a[data-show-more]";
    }

    @Override
    public ListScreen open(String path) {
        super.open(path);
        return this;
    }

    public int storiesListed() {
        return count(items);
    }

    /** How wide the headline of each listed story is laid out, in CSS pixels, in list order. */
    public List<Double> headlineWidths() {
        return driver.findElements(By.cssSelector(items + " .card-title")).stream()
                .map(title -> title.getRect().getWidth() * 1.0).toList();
    }

    public boolean showMoreOffered() {
        return displayed(showMore);
    }

    /**
     * Clicks "Show More" and waits until more stories are listed than before, or a new page has
     * replaced this one (the {@link #markWindow() marker} is gone); the caller checks which.
     */
    public void showMore() {
        int before = storiesListed();
        WebElement button = driver.findElement(By.cssSelector(showMore));
        scrollTo(button).click();
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .until(d -> storiesListed() > before || !windowStillMarked());
    }
}
