package org.broadsheet.browser;

import org.openqa.selenium.WebElement;

/** A story page: headline, byline, body, share bar, More stories, Related Stories. */
public final class ArticleScreen extends Screen {

    ArticleScreen(Browser browser, String baseUrl) {
        super(browser, baseUrl);
    }

    @Override
    public ArticleScreen open(String path) {
        super.open(path);
        return this;
    }

    public String title() {
        return element(".story-title").getText().strip();
    }

    /** Clicks the first "Copy link" button of the share bar and returns the message then shown. */
    public String copyLink() {
        WebElement copy = element("[data-copy-link]");
        scrollTo(copy).click();
        return waitUntil(d -> {
            WebElement toast = element("#toast");
            String text = toast.getText().strip();
            return toast.isDisplayed() && !text.isEmpty() ? text : null;
        });
    }

    /** What the page put on the clipboard, read back as the page itself would. */
    public String clipboardText() {
        return (String) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, e => done('clipboard unreadable: ' + e));");
    }

    public String toastRole() {
        return element("#toast").getDomAttribute("role");
    }

    public boolean printButtonShown() {
        return displayed("[data-print]");
    }

    /** Lays the page out as it would be printed. */
    public void emulatePrint() {
        browser.emulateMedia("print", null);
    }
}
