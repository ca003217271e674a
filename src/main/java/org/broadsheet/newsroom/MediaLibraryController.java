package org.broadsheet.newsroom;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Capability;
import org.broadsheet.media.MediaItem;
import org.broadsheet.media.MediaJson;
import org.broadsheet.media.MediaService;
import org.broadsheet.media.UploadAnswers;
import org.broadsheet.media.UploadRejectedException;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.platform.web.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library screens ({@code /newsroom/media}, capability UPLOAD_MEDIA) and the upload
 * endpoint the story editor calls: {@code POST /newsroom/media} from a script answers 201 with
 * {@link MediaJson} or {@code {"error", "status"}}; a browser's form post comes back to the library
 * (see {@link UploadAnswers}).
 */
@Controller
class MediaLibraryController {

    static final int PAGE_SIZE = 24;

    private final NewsroomFrames frames;
    private final MediaService media;

    MediaLibraryController(NewsroomFrames frames, MediaService media) {
        this.frames = frames;
        this.media = media;
    }

    @GetMapping("/newsroom/media")
    Object library(@RequestParam(required = false) String after, @RequestParam(required = false) String rejected,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        if (wantsJson(request)) {
            // the story editor's picture chooser: {"items": [...], "next": cursor}
            allowed(request);
            response.setHeader("Cache-Control", "private, no-store");
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(MediaJson.Page.of(media.list(Cursor.parse(after), PAGE_SIZE)));
        }
        String error = "too-large".equals(rejected) ? tooLarge() : (String) model.getAttribute("error");
        model.addAttribute("page", libraryPage(request, response, after, (String) model.getAttribute("notice"), error, "", ""));
        return "newsroom/media";
    }

    @PostMapping("/newsroom/media")
    Object upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String alt,
                  @RequestParam(required = false) String caption, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
        Account viewer = allowed(request);
        boolean json = UploadAnswers.json(request);
        try {
            MediaItem item = media.upload(new MediaService.Upload(file == null ? null : file.getBytes(),
                    file == null ? null : file.getOriginalFilename(), alt, caption), viewer);
            if (json) {
                return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/newsroom/media/" + item.id())
                        .contentType(MediaType.APPLICATION_JSON).body(MediaJson.of(item));
            }
            redirect.addFlashAttribute("notice", "Uploaded “" + item.alt() + "”.");
            return "redirect:/newsroom/media";
        } catch (UploadRejectedException e) {
            if (json) {
                return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("error", e.getMessage(), "status", e.status()));
            }
            response.setStatus(e.status());
            model.addAttribute("page", libraryPage(request, response, null, null, e.getMessage(),
                    alt == null ? "" : alt, caption == null ? "" : caption));
            return "newsroom/media";
        }
    }

    @GetMapping("/newsroom/media/{id}")
    String item(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        allowed(request);
        MediaItem item = media.find(id);
        model.addAttribute("page", itemPage(request, response, item, (String) model.getAttribute("notice"),
                (String) model.getAttribute("error"), item.alt(), item.caption()));
        return "newsroom/mediaItem";
    }

    @PostMapping("/newsroom/media/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) String alt,
                  @RequestParam(required = false) String caption, @RequestParam(required = false) String focalX,
                  @RequestParam(required = false) String focalY, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Account viewer = allowed(request);
        MediaItem item = media.find(id);
        try {
            item = media.updateDetails(id, alt, caption, viewer);
            double x = coordinate(focalX, item.focalX());
            double y = coordinate(focalY, item.focalY());
            if (x != item.focalX() || y != item.focalY()) {
                media.setFocalPoint(id, x, y, viewer);
            }
        } catch (UploadRejectedException | org.broadsheet.platform.web.BadRequestException e) {
            response.setStatus(e instanceof UploadRejectedException r ? r.status() : 400);
            model.addAttribute("page", itemPage(request, response, item, null, e.getMessage(),
                    alt == null ? "" : alt, caption == null ? "" : caption));
            return "newsroom/mediaItem";
        }
        redirect.addFlashAttribute("notice", "Saved.");
        return "redirect:/newsroom/media/" + id;
    }

    @PostMapping("/newsroom/media/{id}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        Account viewer = allowed(request);
        try {
            media.delete(id, viewer);
        } catch (UploadRejectedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/newsroom/media/" + id;
        }
        redirect.addFlashAttribute("notice", "The picture was deleted.");
        return "redirect:/newsroom/media";
    }

    private Account allowed(HttpServletRequest request) {
        Account viewer = frames.viewer(request.getUserPrincipal());
        if (!viewer.can(Capability.UPLOAD_MEDIA)) {
            throw new AccessDeniedException("UPLOAD_MEDIA needed");
        }
        return viewer;
    }

    private MediaLibraryPage libraryPage(HttpServletRequest request, HttpServletResponse response, String after,
                                         String notice, String error, String alt, String caption) {
        NewsroomFrame frame = frames.frame(request, response, "Media library", "media");
        if (!frame.can(Capability.UPLOAD_MEDIA)) {
            throw new AccessDeniedException("UPLOAD_MEDIA needed");
        }
        Slice<MediaItem> slice = media.list(Cursor.parse(after), PAGE_SIZE);
        return new MediaLibraryPage(frame, slice.items(), slice.hasNext() ? "/newsroom/media?after=" + slice.nextToken() : null,
                after == null || after.isEmpty(), notice, error, alt, caption, megabytes(media.maxUploadBytes()));
    }

    private MediaItemPage itemPage(HttpServletRequest request, HttpServletResponse response, MediaItem item,
                                   String notice, String error, String alt, String caption) {
        NewsroomFrame frame = frames.frame(request, response, "Picture", "media")
                .withScript(frames.asset("/assets/newsroom-media.js"));
        return new MediaItemPage(frame, item, media.storiesUsing(item), notice, error, alt, caption);
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    private static double coordinate(String value, double current) {
        if (value == null || value.isBlank()) {
            return current;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new org.broadsheet.platform.web.BadRequestException(
                    "The focal point must be two numbers from 0 to 1 (across and down).");
        }
    }

    private String tooLarge() {
        return "The file is too large: pictures may be at most " + megabytes(media.maxUploadBytes()) + ".";
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
