package org.broadsheet.browser;

/** The newsroom's story editor: headline, body with its live preview, the status choice, Save. */
public class StoryEditorScreen extends Screen {

    StoryEditorScreen(Browser browser, String baseUrl) {
        super(browser, baseUrl);
    }

    @Override
    public StoryEditorScreen open(String path) {
        super.open(path);
        return this;
    }

    public StoryEditorScreen typeHeadline(String headline) {
        element("#title").sendKeys(headline);
        return this;
    }

    /** Types the body and waits until the live preview shows {@code expectedInPreview}. */
    public StoryEditorScreen typeBody(String markdown, String expectedInPreview) {
        element("#body").sendKeys(markdown);
        waitUntil(d -> previewText().contains(expectedInPreview));
        return this;
    }

    public String previewText() {
        return element("#body-preview").getText();
    }

    public String slug() {
        return element("#slug").getDomProperty("value");
    }

    /** Picks what saving does: "draft", "submit", "publish" or "schedule". */
    public StoryEditorScreen choose(String action) {
        element("input[name='action'][value='" + action + "']").click();
        return this;
    }

    /** Presses Save and waits for the editor to come back. */
    public StoryEditorScreen save() {
        markWindow();
        element("#save").click();
        waitUntil(d -> !windowStillMarked() && "complete".equals(script("return document.readyState")));
        return this;
    }

    public String notice() {
        return element("main .notice").getText();
    }

    public String status() {
        return element(".story-status strong").getText();
    }

    /** Presses "Move to the trash" and waits for the stories list. */
    public StoryEditorScreen trash() {
        markWindow();
        element("form[action$='/trash'] button").click();
        waitUntil(d -> !windowStillMarked() && "complete".equals(script("return document.readyState")));
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }
}
