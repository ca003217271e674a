package org.broadsheet.api.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;
import org.broadsheet.api.ApiError;
import org.broadsheet.api.InvalidFieldsException;
import org.broadsheet.media.MediaItem;
import org.broadsheet.media.MediaJson;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.media.MediaService;
import org.broadsheet.media.UploadRejectedException;
import org.broadsheet.accounts.AccountService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admin API for the media library (Bearer token, capability UPLOAD_MEDIA):
 * {@code POST /api/admin/media} (multipart {@code file}, {@code alt}, optional {@code caption}) -> 201 {@link MediaJson};
 * {@code GET /api/admin/media/{id}} -> {@link MediaJson}; {@code GET /api/admin/media?after=&limit=} -> a page, newest
 * first; {@code PATCH /api/admin/media/{id}} {@code {"alt", "caption", "focalX", "focalY"}} (any of them);
 * {@code DELETE /api/admin/media/{id}} -> 204, or 409 while a story shows the picture.
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

    @GetMapping("/api/admin/media")
    MediaJson.Page list(@RequestParam(required = false) String after,
                        @RequestParam(defaultValue = "24") int limit, Principal principal) {
        allowed(principal);
        return MediaJson.Page.of(media.list(Cursor.parse(after), limit));
    }

    /** Changes of a picture: any of alt, caption, and the focal point (both of focalX, focalY, 0..1). */
    record Change(String alt, String caption, Double focalX, Double focalY) {
    }

    @PatchMapping("/api/admin/media/{id}")
    MediaJson change(@PathVariable long id, @RequestBody Change change, Principal principal) {
        Account viewer = allowed(principal);
        MediaItem item = media.find(id);
        if ((change.focalX() == null) != (change.focalY() == null)) {
            throw new InvalidFieldsException(Map.of(change.focalX() == null ? "focalX" : "focalY",
                    "Give both focalX and focalY (0 to 1), or neither."));
        }
        item = media.updateDetails(id, change.alt() == null ? item.alt() : change.alt(),
                change.caption() == null ? item.caption() : change.caption(), viewer);
        if (change.focalX() != null) {
            item = media.setFocalPoint(id, change.focalX(), change.focalY(), viewer);
        }
        return MediaJson.of(item);
    }

    @DeleteMapping("/api/admin/media/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Principal principal) {
        media.delete(id, allowed(principal));
        return ResponseEntity.noContent().build();
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
