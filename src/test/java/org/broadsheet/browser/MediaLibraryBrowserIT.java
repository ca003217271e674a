package org.broadsheet.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.media.MediaItem;
import org.broadsheet.media.MediaService;
import org.broadsheet.media.TestPictures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MediaLibraryBrowserIT extends BrowserTest {

    @Autowired
    MediaService media;

    private void signIn() {
        var signIn = openSignIn("/login");
        browser().driver().findElement(By.id("login-email")).sendKeys(SignInScreen.DEMO_EMAIL);
        browser().driver().findElement(By.id("login-password")).sendKeys(SignInScreen.DEMO_PASSWORD);
        browser().driver().findElement(By.cssSelector("main form[action='/login'] button[type='submit']")).click();
        signIn.waitUntil(d -> d.getCurrentUrl().endsWith("/newsroom"));
    }

    @Test
    void theStoryEditorUploadsAPictureIntoTheLibraryAndFillsInItsAddress() throws Exception {
        Path file = Files.createTempFile("upload", ".png");
        Files.write(file, TestPictures.encode(TestPictures.picture(800, 450, 100, false), "png"));
        signIn();
        Screen editor = open("/newsroom/stories/new");
        var driver = browser().driver();
        driver.findElement(By.id("imageAlt")).sendKeys("A harbour crane");

        driver.findElement(By.id("image-file")).sendKeys(file.toAbsolutePath().toString());

        editor.waitUntil(d -> d.findElement(By.id("upload-status")).getText().startsWith("Uploaded"));
        String url = driver.findElement(By.id("imageUrl")).getDomProperty("value");
        assertThat(url).matches("/media/library/[0-9a-f]{32}\\.jpg");
        assertThat(media.findByUrl(url)).map(MediaItem::alt).contains("A harbour crane");
    }

    @Test
    void clickingThePictureMovesTheFocalPointAndSavingKeepsIt() {
        MediaItem item = media.upload(new MediaService.Upload(TestPictures.jpeg(1200, 800), "click.jpg",
                "A picture to click on", ""), null);
        signIn();

        MediaScreen screen = new MediaScreen(browser(), baseUrl()).open("/newsroom/media/" + item.id());
        screen.clickPictureAt(0.2, 0.75);

        assertThat(screen.focalX()).isCloseTo(0.2, within(0.03));
        assertThat(screen.focalY()).isCloseTo(0.75, within(0.03));
        assertThat(screen.markerShown()).isTrue();

        screen.save();
        assertThat(screen.notice()).isEqualTo("Saved.");
        assertThat(screen.focalX()).isCloseTo(0.2, within(0.03));
        assertThat(media.find(item.id()).focalY()).isCloseTo(0.75, within(0.03));
    }
}
