package org.broadsheet.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;

import org.broadsheet.accounts.Account;
import org.broadsheet.audit.AuditLog;
import org.broadsheet.content.StoryPictures;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.broadsheet.platform.web.BadRequestException;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.platform.web.NotFoundException;
import org.broadsheet.platform.web.Slice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The media library: upload (check, decode, re-encode, store), list, edit alt text and caption,
 * move the focal point (the crops are made again), delete.
 */
@Service
public class MediaService {

    public static final int MAX_ALT = 500;
    public static final int MAX_CAPTION = 1000;
    private static final Logger log = LoggerFactory.getLogger(MediaService.class);

    private final MediaRepository repository;
    private final MediaFiles files;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final BroadsheetProperties.Media limits;
    private final AuditLog audit;
    private final StoryPictures pictures;
    /** Decoding holds a whole picture in memory (up to 200 MB at 50 megapixels): two at a time. */
    private final Semaphore decoding = new Semaphore(2);

    MediaService(MediaRepository repository, MediaFiles files, Clock clock, TransactionTemplate transactions,
                 BroadsheetProperties properties, AuditLog audit, StoryPictures pictures) {
        this.audit = audit;
        this.pictures = pictures;
        this.repository = repository;
        this.files = files;
        this.clock = clock;
        this.transactions = transactions;
        this.limits = properties.media();
    }

    /** What an upload brings: the file's bytes and name, the alt text (required) and caption. */
    public record Upload(byte[] content, String fileName, String alt, String caption) {
    }

    public long maxUploadBytes() {
        return limits.maxUploadBytes();
    }

    /** Checks, decodes and stores an upload; throws {@link UploadRejectedException} with a message for the uploader. */
    public MediaItem upload(Upload upload, Account uploader) {
        String alt = alt(upload.alt());
        String caption = caption(upload.caption());
        if (upload.content() == null || upload.content().length == 0) {
            throw new UploadRejectedException(400, "Choose a picture to upload.");
        }
        if (upload.content().length > limits.maxUploadBytes()) {
            throw UploadRejectedException.tooLarge(limits.maxUploadBytes());
        }
        List<Renditions.Rendition> renditions;
        PictureDecoder.Decoded decoded;
        decoding.acquireUninterruptibly();
        try {
            decoded = PictureDecoder.decode(upload.content(), limits.maxPixels());
            renditions = Renditions.of(decoded.image(), 0.5, 0.5);
        } finally {
            decoding.release();
        }
        List<MediaFile> stored = store(renditions);
        MediaFile full = stored.getFirst();
        Instant now = clock.instant();
        long id;
        try {
            id = transactions.execute(status -> {
                long newId = repository.insert(alt, caption, fileName(upload.fileName()), decoded.format().key(),
                        full.width(), full.height(), 0.5, 0.5, uploader == null ? null : uploader.id(), now);
                stored.forEach(file -> repository.insertFile(newId, file));
                audit.record(uploader, "uploaded", "media", String.valueOf(newId), alt);
                return newId;
            });
        } catch (RuntimeException e) {
            removeUnused(stored);
            throw e;
        }
        log.info("event=media_uploaded media_id={} format={} width={} height={} files={}", id, decoded.format().key(),
                full.width(), full.height(), stored.size());
        return find(id);
    }

    public MediaItem find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("No such picture in the media library."));
    }

    /**
     * The library picture behind a URL of one of its files ({@code /media/library/...}), for pages that
     * want its {@code srcset} or crops; empty for any other URL.
     */
    public java.util.Optional<MediaItem> findByUrl(String url) {
        if (url == null || !url.startsWith("/media/" + MediaFiles.FOLDER + "/")) {
            return java.util.Optional.empty();
        }
        return repository.idOfPictureAt(url.substring("/media/".length())).flatMap(repository::find);
    }

    /** Newest first; {@code size} is capped at 100. */
    public Slice<MediaItem> list(Cursor after, int size) {
        int limit = Math.max(1, Math.min(size, 100));
        List<MediaItem> items = repository.page(after, limit + 1);
        if (items.size() <= limit) {
            return new Slice<>(items, null);
        }
        MediaItem last = items.get(limit - 1);
        return new Slice<>(items.subList(0, limit), new Cursor(last.createdAt(), last.id()));
    }

    public MediaItem updateDetails(long id, String alt, String caption, Account actor) {
        String cleanAlt = alt(alt);
        String cleanCaption = caption(caption);
        MediaItem before = find(id);
        if (before.alt().equals(cleanAlt) && before.caption().equals(cleanCaption)) {
            return before;
        }
        transactions.executeWithoutResult(status -> {
            if (!repository.updateDetails(id, cleanAlt, cleanCaption, clock.instant())) {
                throw new NotFoundException("No such picture in the media library.");
            }
            audit.record(actor, "updated", "media", String.valueOf(id), cleanAlt);
            pictures.pictureChanged(before.urls());
        });
        return find(id);
    }

    /** Moves the focal point ({@code x}, {@code y} in 0..1 from the top left) and makes the crops again around it. */
    public MediaItem setFocalPoint(long id, double x, double y, Account actor) {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new BadRequestException("The focal point must lie inside the picture (0 to 1 across and down).");
        }
        MediaItem item = find(id);
        BufferedImage full = read(item.full());
        List<MediaFile> crops = store(Renditions.crops(full, x, y));
        List<MediaFile> old = item.files().stream().filter(f -> ImageCrops.RATIOS.containsKey(f.kind())).toList();
        transactions.executeWithoutResult(status -> {
            old.forEach(f -> repository.deleteFile(id, f.kind(), f.format()));
            crops.forEach(f -> repository.insertFile(id, f));
            repository.updateFocalPoint(id, x, y, clock.instant());
            pictures.pictureChanged(item.urls());
            audit.record(actor, "focal point moved", "media", String.valueOf(id), item.alt());
        });
        removeUnused(old);
        return find(id);
    }

    /** How many stories show this picture. */
    public long storiesUsing(MediaItem item) {
        return pictures.countShowing(item.urls());
    }

    /** Deletes a picture and its files; refused while a story shows it. */
    public void delete(long id, Account actor) {
        MediaItem item = find(id);
        long using = storiesUsing(item);
        if (using > 0) {
            throw new UploadRejectedException(409, "This picture is used by " + using + (using == 1 ? " story" : " stories")
                    + ". Choose another picture for " + (using == 1 ? "it" : "them") + " first.");
        }
        transactions.executeWithoutResult(status -> {
            repository.delete(id);
            audit.record(actor, "deleted", "media", String.valueOf(id), item.alt());
        });
        removeUnused(item.files());
        log.info("event=media_deleted media_id={}", id);
    }

    private List<MediaFile> store(List<Renditions.Rendition> renditions) {
        List<MediaFile> stored = new ArrayList<>();
        for (Renditions.Rendition r : renditions) {
            stored.add(new MediaFile(r.kind(), r.format(), files.store(r.bytes(), r.format()), r.width(), r.height()));
        }
        return stored;
    }

    private void removeUnused(List<MediaFile> candidates) {
        candidates.stream().map(MediaFile::path).distinct().filter(path -> !repository.pathInUse(path)).forEach(files::delete);
    }

    private BufferedImage read(MediaFile file) {
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(files.path(file.path()));
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String alt(String alt) {
        String clean = alt == null ? "" : alt.strip();
        if (clean.isEmpty()) {
            throw new UploadRejectedException(400, "Describe the picture for people who cannot see it (alt text is required).");
        }
        if (clean.length() > MAX_ALT) {
            throw new UploadRejectedException(400, "Keep the alt text under " + MAX_ALT + " characters.");
        }
        return clean;
    }

    private static String caption(String caption) {
        String clean = caption == null ? "" : caption.strip();
        if (clean.length() > MAX_CAPTION) {
            throw new UploadRejectedException(400, "Keep the caption under " + MAX_CAPTION + " characters.");
        }
        return clean;
    }

    private static String fileName(String name) {
        if (name == null) {
            return "";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}
