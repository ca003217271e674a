package org.broadsheet.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** A picture's screen in the newsroom's media library: the picture, its focal point, its form. */
public class MediaScreen extends Screen {

    MediaScreen(Browser browser, String baseUrl) {
        super(browser, baseUrl);
    }

    @Override
    public MediaScreen open(String path) {
        super.open(path);
        return this;
    }

    /** Clicks the picture at ({@code x}, {@code y}), fractions of its width and height from the top left. */
    public MediaScreen clickPictureAt(double x, double y) {
        WebElement image = driver.findElement(By.cssSelector(".media-focal-image"));
        int width = image.getRect().getWidth();
        int height = image.getRect().getHeight();
        new Actions(driver).moveToElement(image, (int) Math.round((x - 0.5) * width), (int) Math.round((y - 0.5) * height))
                .click().perform();
        return this;
    }

    public double focalX() {
        return Double.parseDouble(driver.findElement(By.id("focal-x")).getDomProperty("value"));
    }

    public double focalY() {
        return Double.parseDouble(driver.findElement(By.id("focal-y")).getDomProperty("value"));
    }

    public boolean markerShown() {
        return driver.findElement(By.cssSelector(".media-focal-marker")).isDisplayed();
    }

    public MediaScreen save() {
        driver.findElement(By.cssSelector(".media-item form button[type='submit']")).click();
        waitUntil(d -> !d.findElements(By.cssSelector("[role='status']")).isEmpty());
        return this;
    }

    public String notice() {
        return driver.findElement(By.cssSelector("[role='status']")).getText();
    }
}
