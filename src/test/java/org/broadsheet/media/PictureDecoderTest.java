package org.broadsheet.media;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PictureDecoderTest {

    private static final long MAX_PIXELS = 50_000_000;

    @ParameterizedTest(name = "a {0} picture is recognised by its content and decoded")
    @ValueSource(strings = {"jpeg", "png", "gif", "webp"})
    void eachAcceptedFormatIsRecognisedByItsContentAndDecoded(String format) {
        byte[] content = TestPictures.encode(TestPictures.picture(64, 48, 10, false), format);

        PictureDecoder.Decoded decoded = PictureDecoder.decode(content, MAX_PIXELS);

        assertThat(decoded.format().key()).isEqualTo(format);
        assertThat(decoded.image().getWidth()).isEqualTo(64);
        assertThat(decoded.image().getHeight()).isEqualTo(48);
    }

    @Test
    void aScriptAnHtmlPageAndAnSvgAreRefusedAsNotPictures() {
        for (String content : List.of("#!/bin/sh\nrm -rf /\n", "<!DOCTYPE html><html><script>alert(1)</script></html>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>")) {
            assertThatThrownBy(() -> PictureDecoder.decode(content.getBytes(StandardCharsets.UTF_8), MAX_PIXELS))
                    .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                        assertThat(e.status()).isEqualTo(415);
                        assertThat(e.getMessage()).contains("not a JPEG, PNG, WebP or GIF picture");
                    });
        }
    }

    @ParameterizedTest(name = "a truncated {0} is refused as damaged")
    @ValueSource(strings = {"jpeg", "png", "gif", "webp"})
    void aTruncatedPictureIsRefusedAsDamaged(String format) {
        byte[] content = TestPictures.truncated(TestPictures.encode(TestPictures.picture(300, 200, 100, false), format));

        assertThatThrownBy(() -> PictureDecoder.decode(content, MAX_PIXELS))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("damaged or cut short");
                });
    }

    @Test
    void aPictureClaimingMoreThanTheAllowedPixelsIsRefusedBeforeDecoding() {
        byte[] bomb = TestPictures.pngClaiming(100_000, 100_000);

        assertThatThrownBy(() -> PictureDecoder.decode(bomb, MAX_PIXELS))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("100000 × 100000 pixels").contains("50 megapixels");
                });
    }

    @Test
    void theCropsHaveTheirRatiosAndFollowTheFocalPoint() {
        BufferedImage picture = TestPictures.picture(1600, 900, 200, false);

        BufferedImage centred = ImageCrops.crop(picture, "1x1", 0.5, 0.5, ImageCrops.MAX_WIDTH);
        BufferedImage leftward = ImageCrops.crop(picture, "1x1", 0.05, 0.5, ImageCrops.MAX_WIDTH);

        assertThat(centred.getWidth()).isEqualTo(900);
        assertThat(centred.getHeight()).isEqualTo(900);
        assertThat(isRed(centred.getRGB(5, 450))).isFalse();
        assertThat(isRed(leftward.getRGB(5, 450))).isTrue();
    }

    @ParameterizedTest(name = "EXIF orientation {0} is turned upright")
    @org.junit.jupiter.params.provider.CsvSource({"1, 400, 200, 5, 100", "3, 400, 200, 394, 100", "6, 200, 400, 100, 5",
            "8, 200, 400, 100, 394"})
    void aSidewaysPhotoIsTurnedUprightByItsExifOrientation(int orientation, int width, int height, int redX, int redY) {
        byte[] photo = TestPictures.jpegWithOrientation(400, 200, 100, orientation);

        BufferedImage upright = PictureDecoder.decode(photo, MAX_PIXELS).image();

        assertThat(upright.getWidth()).isEqualTo(width);
        assertThat(upright.getHeight()).isEqualTo(height);
        assertThat(isRed(upright.getRGB(redX, redY))).as("red at %d,%d", redX, redY).isTrue();
    }

    @Test
    void aVeryWidePictureIsReadAtNoMoreThanTwiceTheLargestStoredWidth() {
        byte[] wide = TestPictures.jpeg(7300, 1000);

        BufferedImage read = PictureDecoder.decode(wide, MAX_PIXELS).image();

        assertThat(read.getWidth()).isBetween(Renditions.FULL_MAX_WIDTH, 2 * Renditions.FULL_MAX_WIDTH);
        assertThat(read.getHeight()).isEqualTo(334);
    }

    static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return r > 200 && g < 60 && b < 60;
    }
}
