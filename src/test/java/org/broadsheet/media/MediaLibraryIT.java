package org.broadsheet.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.broadsheet.accounts.Role;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class MediaLibraryIT extends AccountsAppTest {

    /** What a browser sends with a form post. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private SiteClient author() {
        return signedIn(account(Role.AUTHOR));
    }

    private static Multipart upload(String name, String type, byte[] content) {
        return new Multipart().field("alt", "Harbour cranes at dawn").field("caption", "Photo: the desk").file(name, type, content);
    }

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private BufferedImage picture(String url) throws Exception {
        HttpResponse<byte[]> response = fetch(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    @ParameterizedTest(name = "a {0} upload is stored in widths and three crops of the right ratios")
    @ValueSource(strings = {"jpeg", "png", "gif", "webp"})
    void eachAcceptedFormatIsStoredInWidthsAndThreeCrops(String format) throws Exception {
        byte[] content = TestPictures.encode(TestPictures.picture(2000, 1000, 300, false), format);

        SiteClient.Answer answer = upload("picture." + format, "image/" + format, content).postAsScript(author(), "/newsroom/media");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode json = answer.json();
        assertThat(json.get("id").asLong()).isPositive();
        assertThat(json.get("alt").asString()).isEqualTo("Harbour cranes at dawn");
        assertThat(json.get("width").asInt()).isEqualTo(2000);
        assertThat(json.get("height").asInt()).isEqualTo(1000);
        assertThat(picture(json.get("url").asString()).getWidth()).isEqualTo(2000);
        assertThat(json.get("srcset").asString()).contains(" 480w").contains(" 960w").contains(" 1600w").contains(" 2000w");
        for (String entry : json.get("srcset").asString().split(", ")) {
            String[] parts = entry.split(" ");
            BufferedImage width = picture(parts[0]);
            assertThat(width.getWidth()).isEqualTo(Integer.parseInt(parts[1].replace("w", "")));
            assertThat(width.getHeight()).isCloseTo(width.getWidth() / 2, org.assertj.core.data.Offset.offset(1));
        }
        for (var ratio : Map.of("16x9", 16.0 / 9, "4x3", 4.0 / 3, "1x1", 1.0).entrySet()) {
            BufferedImage crop = picture(json.get("crops").get(ratio.getKey()).asString());
            assertThat((double) crop.getWidth()).as(ratio.getKey())
                    .isCloseTo(crop.getHeight() * ratio.getValue(), org.assertj.core.data.Offset.offset(1.0));
        }
    }

    @Test
    void aScriptsFetchWithoutAnAcceptHeaderGetsJson() {
        SiteClient client = author();
        Multipart form = upload("f.jpg", "image/jpeg", TestPictures.jpeg(300, 200));

        SiteClient.Answer created = client.post("/newsroom/media", form.contentType(), form.body(),
                "X-CSRF-TOKEN", Multipart.csrfToken(client), "Accept", "*/*");
        Multipart noAlt = new Multipart().file("f.jpg", "image/jpeg", TestPictures.jpeg(300, 200));
        SiteClient.Answer refused = client.post("/newsroom/media", noAlt.contentType(), noAlt.body(),
                "X-CSRF-TOKEN", Multipart.csrfToken(client));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("url").asString()).startsWith("/media/library/");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString()).contains("alt text is required");
    }

    @Test
    void aSmallPictureIsNeverScaledUp() {
        SiteClient.Answer answer = upload("small.png", "image/png", TestPictures.encode(TestPictures.picture(400, 300, 0, false), "png"))
                .postAsScript(author(), "/newsroom/media");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("srcset").asString()).doesNotContain("480w").contains(" 400w");
        assertThat(answer.json().get("crops").get("4x3").asString()).startsWith("/media/library/");
    }

    static Stream<Arguments> notPictures() {
        return Stream.of(
                Arguments.of("a script named photo.jpg", "photo.jpg", "image/jpeg", "#!/bin/sh\necho owned\n"),
                Arguments.of("an HTML page", "page.jpg", "image/jpeg", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
                Arguments.of("an SVG", "logo.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
    }

    @ParameterizedTest(name = "{0} is refused with a clear message")
    @MethodSource("notPictures")
    void aFileThatIsNoPictureIsRefused(String what, String name, String type, String content) {
        SiteClient.Answer answer = upload(name, type, content.getBytes(StandardCharsets.UTF_8)).postAsScript(author(), "/newsroom/media");

        assertThat(answer.status()).as(what).isEqualTo(415);
        assertThat(answer.json().get("status").asInt()).isEqualTo(415);
        assertThat(answer.json().get("error").asString()).contains("not a JPEG, PNG, WebP or GIF picture");
    }

    @Test
    void aTruncatedJpegIsRefusedAsDamaged() {
        byte[] cut = TestPictures.truncated(TestPictures.jpeg(800, 600));

        SiteClient.Answer answer = upload("photo.jpg", "image/jpeg", cut).postAsScript(author(), "/newsroom/media");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("error").asString()).contains("damaged or cut short");
    }

    @Test
    void anUploadWithoutAltTextIsRefusedAndTheFormKeepsTheCaption() {
        SiteClient client = author();
        Multipart form = new Multipart().field("_csrf", Multipart.csrfToken(client)).field("alt", " ")
                .field("caption", "Kept caption").file("a.jpg", "image/jpeg", TestPictures.jpeg(200, 100));

        SiteClient.Answer answer = client.post("/newsroom/media", form.contentType(), form.body(), "Accept", BROWSER_ACCEPT);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select(".field-error").text()).contains("alt text is required");
        assertThat(answer.html().select("#media-caption").attr("value")).isEqualTo("Kept caption");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAClearMessage() {
        byte[] justOver = Arrays.copyOf(TestPictures.jpeg(100, 100), 10 * 1024 * 1024 + 1);
        byte[] farOver = Arrays.copyOf(TestPictures.jpeg(100, 100), 12 * 1024 * 1024);
        SiteClient client = author();

        for (byte[] content : new byte[][] {justOver, farOver}) {
            SiteClient.Answer answer = upload("big.jpg", "image/jpeg", content).postAsScript(client, "/newsroom/media");
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.json().get("error").asString()).isEqualTo("The file is too large: pictures may be at most 10 MB.");
        }
        Multipart form = upload("big.jpg", "image/jpeg", farOver).field("_csrf", Multipart.csrfToken(client));
        SiteClient.Answer plain = client.post("/newsroom/media", form.contentType(), form.body(), "Accept", BROWSER_ACCEPT);
        assertThat(plain.status()).isEqualTo(302);
        String location = plain.header("Location").orElseThrow();
        assertThat(client.get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery()).html()
                .select(".field-error").text()).contains("at most 10 MB");
    }

    @Test
    void exifAndGpsDataDoNotSurviveAnUpload() throws Exception {
        byte[] withGps = TestPictures.jpegWithGps(1000, 800);
        assertThat(new String(withGps, StandardCharsets.ISO_8859_1)).contains(TestPictures.GPS_MARKER);

        JsonNode json = upload("gps.jpg", "image/jpeg", withGps).postAsScript(author(), "/newsroom/media").json();

        for (String url : json.get("srcset").asString().replaceAll(" \\d+w", "").split(", ")) {
            byte[] stored = fetch(url).body();
            String text = new String(stored, StandardCharsets.ISO_8859_1);
            assertThat(text).as(url).doesNotContain(TestPictures.GPS_MARKER).doesNotContain("Exif");
            assertThat(hasSegment(stored, 0xE1)).as(url + " has an APP1 segment").isFalse();
            assertThat(hasSegment(stored, 0xFE)).as(url + " has a comment segment").isFalse();
        }
    }

    @Test
    void movingTheFocalPointMakesTheCropsAgainAroundIt() throws Exception {
        SiteClient client = author();
        byte[] content = TestPictures.encode(TestPictures.picture(1600, 900, 200, false), "png");
        JsonNode json = new Multipart().field("alt", "Red at the left").file("red.png", "image/png", content)
                .postAsScript(client, "/newsroom/media").json();
        BufferedImage centred = picture(json.get("crops").get("1x1").asString());
        assertThat(PictureDecoderTest.isRed(centred.getRGB(5, centred.getHeight() / 2))).isFalse();

        long id = json.get("id").asLong();
        SiteClient.Answer saved = client.submitForm("/newsroom/media/" + id, "/newsroom/media/" + id,
                Map.of("alt", "Red at the left", "caption", "", "focalX", "0.05", "focalY", "0.5"));
        assertThat(saved.status()).isEqualTo(302);

        SiteClient.Answer page = client.get("/newsroom/media/" + id);
        String crop = page.html().select(".media-crops li:has(span:containsOwn(1:1)) img").attr("src");
        BufferedImage leftward = picture(crop);
        assertThat(leftward.getWidth()).isEqualTo(leftward.getHeight());
        assertThat(PictureDecoderTest.isRed(leftward.getRGB(5, leftward.getHeight() / 2))).isTrue();
        assertThat(page.html().select("#focal-x").attr("value")).isEqualTo("0.050");
        assertThat(fetch(json.get("crops").get("1x1").asString()).statusCode()).as("the old crop is gone").isEqualTo(404);
    }

    @Test
    void libraryFilesAreCachedForAYearAsImmutable() throws Exception {
        JsonNode json = upload("c.jpg", "image/jpeg", TestPictures.jpeg(600, 400)).postAsScript(author(), "/newsroom/media").json();

        HttpResponse<byte[]> file = fetch(json.get("url").asString());

        assertThat(json.get("url").asString()).matches("/media/library/[0-9a-f]{32}\\.jpg");
        assertThat(file.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000").contains("immutable");
        assertThat(file.headers().firstValue("Content-Type")).contains("image/jpeg");
    }

    @Test
    void theLibraryListsUploadsAndAPlainFormUploadComesBackToIt() {
        SiteClient client = author();
        Multipart form = new Multipart().field("_csrf", Multipart.csrfToken(client)).field("alt", "A ferry in fog")
                .field("caption", "").file("ferry.jpg", "image/jpeg", TestPictures.jpeg(640, 480));

        SiteClient.Answer answer = client.post("/newsroom/media", form.contentType(), form.body(), "Accept", BROWSER_ACCEPT);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location").orElseThrow()).endsWith("/newsroom/media");
        SiteClient.Answer library = client.get("/newsroom/media");
        assertThat(library.html().select("[role=status]").text()).contains("Uploaded “A ferry in fog”");
        assertThat(library.html().select(".media-grid a").text()).contains("A ferry in fog");
        assertThat(library.header("Cache-Control")).contains("private, no-store");
    }

    @org.springframework.beans.factory.annotation.Autowired
    MediaService media;

    @Test
    void theLibraryPagesNewestFirstWithoutRepeatsOrGaps() {
        long[] ids = new long[3];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = media.upload(new MediaService.Upload(TestPictures.jpeg(60, 40), "p.jpg", "Page " + i, ""), null).id();
        }

        var first = media.list(org.broadsheet.platform.web.Cursor.START, 2);
        var second = media.list(first.next(), 2);

        assertThat(first.items()).extracting(MediaItem::id).containsExactly(ids[2], ids[1]);
        assertThat(second.items().getFirst().id()).isEqualTo(ids[0]);
        assertThat(media.findByUrl(media.find(ids[0]).crops().get("4x3"))).map(MediaItem::id).contains(ids[0]);
        assertThat(media.findByUrl("/media/demo/x.jpg")).isEmpty();
        assertThat(media.findByUrl("/media/library/00000000000000000000000000000000.jpg")).isEmpty();
    }

    @Test
    void theStoryEditorCanListTheLibraryAsJson() {
        SiteClient client = author();
        long id = upload("j.jpg", "image/jpeg", TestPictures.jpeg(300, 200)).postAsScript(client, "/newsroom/media").json().get("id").asLong();

        SiteClient.Answer list = client.get("/newsroom/media", "Accept", "application/json");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(list.json().get("items").get(0).get("crops").get("1x1").asString()).startsWith("/media/library/");
    }

    @Test
    void aPictureCanBeDeletedWhenNoStoryUsesIt() throws Exception {
        SiteClient client = author();
        // a size no other test uploads: identical files are stored once and stay while another picture has them
        JsonNode json = upload("d.jpg", "image/jpeg", TestPictures.jpeg(307, 211)).postAsScript(client, "/newsroom/media").json();
        long id = json.get("id").asLong();

        SiteClient.Answer deleted = client.submitForm("/newsroom/media/" + id, "/newsroom/media/" + id + "/delete", Map.of());

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(client.get("/newsroom/media/" + id).status()).isEqualTo(404);
        assertThat(fetch(json.get("url").asString()).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "a {0} may use the media library")
    @EnumSource(value = Role.class, names = {"AUTHOR", "EDITOR", "ADMINISTRATOR"})
    void authorsEditorsAndAdministratorsMayUseTheLibrary(Role role) {
        SiteClient client = signedIn(account(role));

        assertThat(client.get("/newsroom/media").status()).isEqualTo(200);
        assertThat(upload("r.jpg", "image/jpeg", TestPictures.jpeg(50, 50)).postAsScript(client, "/newsroom/media").status())
                .isEqualTo(201);
    }

    @ParameterizedTest(name = "a {0} may not use the media library")
    @EnumSource(value = Role.class, names = {"CONTRIBUTOR", "SUBSCRIBER"})
    void contributorsAndSubscribersMayNotUseTheLibrary(Role role) {
        SiteClient client = signedIn(account(role));
        SiteClient editor = author();
        long id = upload("x.jpg", "image/jpeg", TestPictures.jpeg(50, 50)).postAsScript(editor, "/newsroom/media").json().get("id").asLong();
        String token = Multipart.csrfToken(editor);

        assertThat(client.get("/newsroom/media").status()).isEqualTo(403);
        assertThat(client.get("/newsroom/media/" + id).status()).isEqualTo(403);
        Multipart form = upload("r.jpg", "image/jpeg", TestPictures.jpeg(50, 50));
        assertThat(client.post("/newsroom/media", form.contentType(), form.body(), "X-CSRF-TOKEN", token).status()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        SiteClient.Answer answer = newReader().get("/newsroom/media");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location").orElseThrow()).contains("/login");
    }

    /** Whether the JPEG has a marker segment of {@code type} before its image data. */
    private static boolean hasSegment(byte[] jpeg, int type) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == type) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }
}
