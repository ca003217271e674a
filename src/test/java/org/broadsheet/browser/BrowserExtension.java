package org.broadsheet.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Gives browser tests the shared {@link Browser}: checks that Chromium is installed (a failure on CI,
 * a skip elsewhere), starts it once per JVM, resets it before each test and quits it when the whole
 * run is over (the root store closes what it holds).
 */
public final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context);
    }

    /** Also on a single test method annotated with this extension (beforeAll runs only for classes). */
    @Override
    public void beforeEach(ExtensionContext context) {
        start(context);
        Browser.get().reset();
    }

    private static void start(ExtensionContext context) {
        if (!Browser.installed()) {
            String missing = "Browser tests need " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing + "; skipped outside CI");
        }
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(Browser.class, key -> Browser.get(), Browser.class);
    }

}
