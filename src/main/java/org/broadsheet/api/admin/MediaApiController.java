package org.broadsheet.api.admin;

import java.io.IOException;
import java.security.Principal;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;
import org.broadsheet.api.ApiError;
import org.broadsheet.media.MediaJson;
import org.broadsheet.media.MediaService;
import org.broadsheet.media.UploadRejectedException;
import org.broadsheet.accounts.AccountService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admin API for the media library (Bearer token, capability UPLOAD_MEDIA):
 * {@code POST /api/admin/media} (multipart {@code file}, {@code alt}, optional {@code caption}) -> 201 {@link MediaJson};
 * {@code GET /api/admin/media/{id}} -> {@link MediaJson}.
 */
@RestController
class MediaApiController {

    private final MediaService media;
    private final AccountService accounts;

    MediaApiController(MediaService media, AccountService accounts) {
        this.media = media;
        this.accounts = accounts;
    }

    @PostMapping("/api/admin/media")
    ResponseEntity<MediaJson> upload(@RequestParam(required = false) MultipartFile file,
                                     @RequestParam(required = false) String alt,
                                     @RequestParam(required = false) String caption, Principal principal) throws IOException {
        Account viewer = allowed(principal);
        var item = media.upload(new MediaService.Upload(file == null ? null : file.getBytes(),
                file == null ? null : file.getOriginalFilename(), alt, caption), viewer);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/admin/media/" + item.id())
                .body(MediaJson.of(item));
    }

    @GetMapping("/api/admin/media/{id}")
    MediaJson get(@PathVariable long id, Principal principal) {
        allowed(principal);
        return MediaJson.of(media.find(id));
    }

    @ExceptionHandler(UploadRejectedException.class)
    ResponseEntity<ApiError> rejected(UploadRejectedException e) {
        return ResponseEntity.status(e.status()).body(new ApiError(e.getMessage(), e.status()));
    }

    private Account allowed(Principal principal) {
        Account viewer = accounts.findByEmail(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("account is gone"));
        if (!viewer.can(Capability.UPLOAD_MEDIA)) {
            throw new AccessDeniedException("This token's account may not upload media (capability UPLOAD_MEDIA).");
        }
        return viewer;
    }
}
