package org.broadsheet.media;

import java.time.Duration;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Role;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.Stories.Story;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.testsupport.Eventually.eventually;

/** A story's page shows its picture's new crops and words at once, not when the page cache expires. */
class PictureChangesIT extends AccountsAppTest {

    @Autowired
    MediaService media;

    @Test
    void movingTheFocalPointOrChangingTheAltTextDropsTheCachedPagesOfItsStories() {
        Account editor = account(Role.EDITOR);
        MediaItem picture = media.upload(new MediaService.Upload(TestPictures.jpeg(1400, 1000), "quay.jpg",
                "The quay at dawn", "Photo: Desk"), editor);
        Story story = stories().any().image(new FeaturedImage(picture.full().url(), "The quay at dawn", "", 1400, 1000));
        story.save();
        SiteClient reader = newReader();
        String page = "/story/" + story.slug();
        eventually(Duration.ofSeconds(10), () -> {  // a page rendered while anything changed is not stored
            assertThat(reader.get(page).header("X-Cache")).contains("HIT");
        });

        media.setFocalPoint(picture.id(), 0.2, 0.3, editor);

        assertThat(reader.get(page).header("X-Cache")).contains("MISS");
        assertThat(reader.get(page).header("X-Cache")).contains("HIT");

        media.updateDetails(picture.id(), "The quay at first light", "Photo: Desk", editor);

        assertThat(reader.get(page).header("X-Cache")).contains("MISS");
        assertThat(media.storiesUsing(media.find(picture.id()))).isEqualTo(1);
    }
}
