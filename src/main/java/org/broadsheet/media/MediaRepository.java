package org.broadsheet.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.broadsheet.platform.web.Cursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the media library: tables {@code media} and {@code media_file}. */
@Repository
class MediaRepository {

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, String alt, String caption, String originalName, String sourceFormat, double focalX,
                       double focalY, long createdAt, long updatedAt) {
    }

    long insert(String alt, String caption, String originalName, String sourceFormat, int width, int height,
                double focalX, double focalY, Long uploadedBy, Instant now) {
        return jdbc.sql("""
                INSERT INTO media (alt, caption, original_name, source_format, width, height, focal_x, focal_y,
                                   uploaded_by, created_at, updated_at)
                VALUES (:alt, :caption, :originalName, :sourceFormat, :width, :height, :focalX, :focalY,
                        :uploadedBy, :now, :now)
                RETURNING id
                """)
                .param("alt", alt).param("caption", caption).param("originalName", originalName)
                .param("sourceFormat", sourceFormat).param("width", width).param("height", height)
                .param("focalX", focalX).param("focalY", focalY).param("uploadedBy", uploadedBy)
                .param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    void insertFile(long mediaId, MediaFile file) {
        jdbc.sql("""
                INSERT INTO media_file (media_id, kind, format, path, width, height)
                VALUES (:mediaId, :kind, :format, :path, :width, :height)
                """)
                .param("mediaId", mediaId).param("kind", file.kind()).param("format", file.format())
                .param("path", file.path()).param("width", file.width()).param("height", file.height())
                .update();
    }

    void deleteFile(long mediaId, String kind, String format) {
        jdbc.sql("DELETE FROM media_file WHERE media_id = :mediaId AND kind = :kind AND format = :format")
                .param("mediaId", mediaId).param("kind", kind).param("format", format).update();
    }

    boolean updateDetails(long id, String alt, String caption, Instant now) {
        return jdbc.sql("UPDATE media SET alt = :alt, caption = :caption, updated_at = :now WHERE id = :id")
                .param("alt", alt).param("caption", caption).param("now", now.toEpochMilli()).param("id", id)
                .update() == 1;
    }

    void updateFocalPoint(long id, double focalX, double focalY, Instant now) {
        jdbc.sql("UPDATE media SET focal_x = :x, focal_y = :y, updated_at = :now WHERE id = :id")
                .param("x", focalX).param("y", focalY).param("now", now.toEpochMilli()).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM media_file WHERE media_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM media WHERE id = :id").param("id", id).update();
    }

    /** Whether any picture still has a file at {@code path} (identical files are stored once). */
    boolean pathInUse(String path) {
        return jdbc.sql("SELECT COUNT(*) FROM media_file WHERE path = :path").param("path", path)
                .query(Long.class).single() > 0;
    }

    /** How many stories (of any status) show one of {@code urls} as their picture. */
    Optional<MediaItem> find(long id) {
        return jdbc.sql("""
                SELECT id, alt, caption, original_name, source_format, focal_x, focal_y, created_at, updated_at
                FROM media WHERE id = :id
                """).param("id", id).query(Row.class).optional().map(row -> item(row, files(List.of(row.id()))));
    }

    /** The picture one of whose files is at {@code path}. */
    Optional<Long> idOfPictureAt(String path) {
        return jdbc.sql("SELECT media_id FROM media_file WHERE path = :path ORDER BY media_id LIMIT 1").param("path", path)
                .query(Long.class).optional();
    }

    /** Newest first, {@code limit} pictures after {@code after}. */
    List<MediaItem> page(Cursor after, int limit) {
        List<Row> rows = jdbc.sql("""
                SELECT id, alt, caption, original_name, source_format, focal_x, focal_y, created_at, updated_at
                FROM media
                WHERE created_at < :time OR (created_at = :time AND id < :id)
                ORDER BY created_at DESC, id DESC
                LIMIT :limit
                """).param("time", after.time().toEpochMilli()).param("id", after.id()).param("limit", limit)
                .query(Row.class).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MediaFile>> files = files(rows.stream().map(Row::id).toList());
        List<MediaItem> items = new ArrayList<>();
        rows.forEach(row -> items.add(item(row, files)));
        return items;
    }

    /** The crops (ratio to URL) of the library picture one of whose files is at {@code path}; empty if none is. */
    Map<String, String> cropsOfPictureAt(String path) {
        Map<String, String> crops = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.kind, c.path FROM media_file c
                WHERE c.format = 'jpeg' AND c.kind IN ('16x9', '4x3', '1x1')
                  AND c.media_id = (SELECT MIN(f.media_id) FROM media_file f WHERE f.path = :path)
                """).param("path", path)
                .query((rs, n) -> Map.entry(rs.getString(1), "/media/" + rs.getString(2))).list()
                .forEach(e -> crops.put(e.getKey(), e.getValue()));
        return crops.size() == ImageCrops.RATIOS.size() ? crops : Map.of();
    }

    private Map<Long, List<MediaFile>> files(List<Long> mediaIds) {
        Map<Long, List<MediaFile>> files = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT media_id, kind, format, path, width, height FROM media_file
                WHERE media_id IN (:ids) ORDER BY media_id, width, kind, format
                """).param("ids", mediaIds)
                .query(rs -> {
                    files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new MediaFile(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6)));
                });
        return files;
    }

    private static MediaItem item(Row row, Map<Long, List<MediaFile>> files) {
        return new MediaItem(row.id(), row.alt(), row.caption(), row.originalName(), row.sourceFormat(), row.focalX(),
                row.focalY(), Instant.ofEpochMilli(row.createdAt()), Instant.ofEpochMilli(row.updatedAt()),
                List.copyOf(files.getOrDefault(row.id(), List.of())));
    }
}
