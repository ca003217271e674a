package org.broadsheet.media;

import org.broadsheet.content.FeaturedImage;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The media library's SQL on PostgreSQL (its other tests run on SQLite). */
@OnPostgres
class MediaPostgresIT extends AppTest {

    @Autowired
    MediaService media;

    @Autowired
    ImageCrops crops;

    @Test
    void aPictureIsStoredListedRecroppedAndGuardedWhileAStoryShowsIt() {
        MediaItem item = media.upload(new MediaService.Upload(TestPictures.jpeg(1000, 600), "pg.jpg", "On PostgreSQL", ""), null);
        MediaItem moved = media.setFocalPoint(item.id(), 0.1, 0.9, null);
        stories().any().image(new FeaturedImage(item.url(), item.alt(), "", item.width(), item.height())).save();

        assertThat(media.list(Cursor.START, 100).items()).extracting(MediaItem::id).contains(item.id());
        assertThat(moved.focalX()).isEqualTo(0.1);
        assertThat(crops.structuredDataUrls(item.url())).containsExactlyElementsOf(moved.crops().values());
        assertThatThrownBy(() -> media.delete(item.id(), null)).isInstanceOf(UploadRejectedException.class);
        assertThat(media.updateDetails(item.id(), "Renamed", "A caption", null).caption()).isEqualTo("A caption");
    }
}
