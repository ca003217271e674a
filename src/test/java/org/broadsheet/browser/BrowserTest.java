package org.broadsheet.browser;

import org.junit.jupiter.api.extension.ExtendWith;

/** A test that reads the demo site in the shared headless Chromium, as a first-time visitor. */
@ExtendWith(BrowserExtension.class)
public abstract class BrowserTest extends DemoSiteTest {

    protected Browser browser() {
        return Browser.get();
    }

    /** A screen of the site, opened at {@code path}. */
    protected Screen open(String path) {
        return new Screen(browser(), baseUrl()).open(path);
    }

    protected ArticleScreen openArticle(String path) {
        return new ArticleScreen(browser(), baseUrl()).open(path);
    }

    /** A page whose list of stories in {@code section} ({@link ListScreen#ARCHIVE}, {@link ListScreen#RELATED}) can grow. */
    protected ListScreen openList(String path, String section) {
        return new ListScreen(browser(), baseUrl(), section).open(path);
    }

    /** Sets a cookie of this site before the first page is opened (theme, text size, consent). */
    protected void cookie(String name, String value) {
        browser().cookie(baseUrl(), name, value);
    }
}
