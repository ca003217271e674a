package org.broadsheet.browser;

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

    @Test
    void clickingThePictureMovesTheFocalPointAndSavingKeepsIt() {
        MediaItem item = media.upload(new MediaService.Upload(TestPictures.jpeg(1200, 800), "click.jpg",
                "A picture to click on", ""), null);
        var signIn = openSignIn("/login");
        browser().driver().findElement(By.id("login-email")).sendKeys(SignInScreen.DEMO_EMAIL);
        browser().driver().findElement(By.id("login-password")).sendKeys(SignInScreen.DEMO_PASSWORD);
        browser().driver().findElement(By.cssSelector("main form[action='/login'] button[type='submit']")).click();
        signIn.waitUntil(d -> d.getCurrentUrl().endsWith("/newsroom"));

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
