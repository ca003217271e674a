package org.broadsheet.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.platform.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** {@code /media/crop/{16x9|4x3|1x1}/<path under /media>}: a centre crop of a media picture, as JPEG. */
@RestController
class CropController {

    private final ImageCrops crops;

    CropController(ImageCrops crops) {
        this.crops = crops;
    }

    @GetMapping("/media/crop/{ratio}/**")
    ResponseEntity<Resource> crop(@PathVariable String ratio, HttpServletRequest request) throws IOException {
        String prefix = "/media/crop/" + ratio + "/";
        String relative = UriUtils.decode(request.getRequestURI().substring(prefix.length()), StandardCharsets.UTF_8);
        Path file = crops.crop(ratio, relative).orElseThrow(() -> new NotFoundException("No such picture"));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                .body(new FileSystemResource(file));
    }
}
