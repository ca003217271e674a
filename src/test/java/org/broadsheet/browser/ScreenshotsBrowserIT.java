package org.broadsheet.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's screenshots, taken from the demo site (privacy notice accepted), written to
 * {@code target/screenshots/}; to refresh the README's pictures run
 * {@code ./mvnw verify -Dit.test=ScreenshotsBrowserIT -Dbroadsheet.screenshots=docs/screenshots}.
 */
class ScreenshotsBrowserIT extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("broadsheet.screenshots", "target/screenshots"));

    @BeforeEach
    void acceptPrivacyNotice() {
        cookie("bs_consent", "1");
    }

    @Test
    void theHomePageOnADesktopIsPhotographedForTheReadme() throws IOException {
        assertThat(photograph("/", Browser.DESKTOP, "home.png")).isEqualTo(Browser.DESKTOP.width);
    }

    @Test
    void aStoryOnADesktopIsPhotographedForTheReadme() throws IOException {
        assertThat(photograph(content().newestStory().path(), Browser.DESKTOP, "article.png")).isEqualTo(Browser.DESKTOP.width);
    }

    @Test
    void theHomePageOnAPhoneIsPhotographedForTheReadme() throws IOException {
        assertThat(photograph("/", Browser.PHONE, "home-mobile.png")).isEqualTo(Browser.PHONE.width);
    }

    /** Opens {@code path} on a screen of {@code size}, saves what is visible, returns the picture's width. */
    private int photograph(String path, Dimension size, String fileName) throws IOException {
        browser().viewport(size);
        Screen screen = open(path);
        screen.waitUntil(d -> Boolean.TRUE.equals(screen.script(
                "return document.readyState === 'complete' && [...document.images]"
                        + ".filter(i => i.getBoundingClientRect().top < innerHeight).every(i => i.complete)")));
        byte[] png = browser().driver().getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(fileName), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return image.getWidth();
    }
}
