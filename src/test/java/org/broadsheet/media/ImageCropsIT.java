package org.broadsheet.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.broadsheet.content.FeaturedImage;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageCropsIT extends AppTest {

    @Autowired
    BroadsheetProperties properties;

    @Autowired
    MediaService media;

    private String picture() throws IOException {
        String name = Unique.slug("pic") + ".png";
        Path file = properties.mediaDir().resolve("tests").resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return "/media/tests/" + name;
    }

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void eachRatioIsCroppedFromTheMiddleAndLargeEnoughForSearchEngines() throws Exception {
        String picture = picture();
        for (var ratio : new String[][] {{"16x9", "1200", "675"}, {"4x3", "900", "675"}, {"1x1", "675", "675"}}) {
            HttpResponse<byte[]> response = fetch(ImageCrops.url(picture, ratio[0]));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
            BufferedImage crop = ImageIO.read(new ByteArrayInputStream(response.body()));
            assertThat(crop.getWidth()).isEqualTo(Integer.parseInt(ratio[1]));
            assertThat(crop.getHeight()).isEqualTo(Integer.parseInt(ratio[2]));
            assertThat(crop.getWidth() * crop.getHeight()).isGreaterThanOrEqualTo(50_000);
        }
    }

    @Test
    void aMissingPictureOrAnUnknownRatioIsA404() throws Exception {
        assertThat(fetch("/media/crop/16x9/tests/" + Unique.slug("none") + ".png").statusCode()).isEqualTo(404);
        assertThat(fetch(ImageCrops.url(picture(), "2x1")).statusCode()).isEqualTo(404);
    }

    @Test
    void aStoryPicturesStructuredDataListsTheThreeCrops() throws Exception {
        String picture = picture();
        var story = stories().any().image(new FeaturedImage(picture, "A test picture", "", 1200, 675));
        story.save();
        JsonNode article = http().get("/story/" + story.slug()).html().select("script[type=application/ld+json]").stream()
                .map(s -> JsonMapper.builder().build().readTree(s.data()))
                .filter(n -> n.get("@type").asString().equals("NewsArticle")).findFirst().orElseThrow();
        assertThat(article.get("image")).hasSize(3);
        for (JsonNode image : article.get("image")) {
            String path = URI.create(image.asString()).getPath();
            assertThat(fetch(path).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aLibraryPicturesStructuredDataAndSocialCardUseItsFocalPointCrops() throws Exception {
        MediaItem item = media.upload(new MediaService.Upload(TestPictures.encode(TestPictures.picture(1600, 900, 200, false), "png"),
                "red.png", "Red on the left", ""), null);
        item = media.setFocalPoint(item.id(), 0.05, 0.5, null);
        var story = stories().any().image(new FeaturedImage(item.url(), item.alt(), "", item.width(), item.height()));
        story.save();

        var page = http().get("/story/" + story.slug()).html();
        JsonNode article = page.select("script[type=application/ld+json]").stream()
                .map(s -> JsonMapper.builder().build().readTree(s.data()))
                .filter(n -> n.get("@type").asString().equals("NewsArticle")).findFirst().orElseThrow();

        assertThat(article.get("image").valueStream().map(n -> URI.create(n.asString()).getPath()).toList())
                .containsExactly(item.crops().get("16x9"), item.crops().get("4x3"), item.crops().get("1x1"));
        assertThat(URI.create(page.select("meta[property=og:image]").attr("content")).getPath()).isEqualTo(item.crops().get("16x9"));
        assertThat(page.select(".story-image picture img").attr("srcset")).isEqualTo(item.srcset(item.mainFormat()))
                .contains(" 480w").contains(" 1600w");
        assertThat(page.select(".story-image picture source[type=image/webp]").attr("srcset")).isEqualTo(item.srcset("webp"));
    }

    @Test
    void aLibraryPictureThatAStoryShowsCannotBeDeleted() {
        MediaItem item = media.upload(new MediaService.Upload(TestPictures.jpeg(400, 300), "used.jpg", "In use", ""), null);
        stories().any().image(new FeaturedImage(item.url(), item.alt(), "", item.width(), item.height())).save();

        assertThatThrownBy(() -> media.delete(item.id(), null)).isInstanceOfSatisfying(UploadRejectedException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.getMessage()).contains("used by 1 story");
        });
        assertThat(media.find(item.id()).alt()).isEqualTo("In use");
    }
}
