package org.broadsheet.browser;

import org.openqa.selenium.By;

/** Any page of the site with the header's "Sign in" link and its modal; and the newsroom's sign-out. */
public class SignInScreen extends Screen {

    /** The demo site's administrator (see DemoAdministrator and the README). */
    public static final String DEMO_EMAIL = "admin@demo.broadsheet.test";
    public static final String DEMO_PASSWORD = "read-all-about-it";

    SignInScreen(Browser browser, String baseUrl) {
        super(browser, baseUrl);
    }

    @Override
    public SignInScreen open(String path) {
        super.open(path);
        return this;
    }

    /** Clicks "Sign in" in the header and waits for the dialog (its CSRF token is fetched first). */
    public SignInScreen openModal() {
        driver.findElement(By.cssSelector("a[data-sign-in]")).click();
        waitUntil(d -> modalOpen());
        return this;
    }

    public boolean modalOpen() {
        return Boolean.TRUE.equals(script("return document.getElementById('sign-in-dialog').open"));
    }

    public String focusedElementId() {
        return (String) script("return document.activeElement && document.activeElement.id");
    }

    public String modalHeading() {
        return element("#sign-in-dialog h2").getText() + " " + element("#sign-in-dialog .account-lead").getText();
    }

    /** Fills in the modal and submits it; waits until a new page has loaded. */
    public SignInScreen signInWithModal(String email, String password) {
        element("#modal-email").sendKeys(email);
        element("#modal-password").sendKeys(password);
        markWindow();
        element("#sign-in-dialog [data-sign-in-form] button[type='submit']").click();
        waitUntil(d -> !windowStillMarked() && "complete".equals(script("return document.readyState")));
        return this;
    }

    /** Presses the newsroom's "Sign out" button; waits for the next page. */
    public SignInScreen signOut() {
        markWindow();
        element("form[action='/logout'] button").click();
        waitUntil(d -> !windowStillMarked() && "complete".equals(script("return document.readyState")));
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String text(String selector) {
        return element(selector).getText();
    }
}
