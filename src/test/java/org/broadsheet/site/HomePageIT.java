package org.broadsheet.site;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.broadsheet.content.SiteSettings.SocialProfile;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.Slugs;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient.Answer;
import org.broadsheet.testsupport.Stories.Story;
import org.broadsheet.testsupport.Unique;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageIT extends AppTest {

    @Autowired
    SiteSettingsService settings;

    @Test
    void the_lead_is_the_featured_story_and_top_stories_are_the_most_read_then_the_newest_others() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Story lead = stories().any().featured().publishedAt(now.minusMillis(7));
        lead.save();
        List<String> newestFirst = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            Story story = stories().any().publishedAt(now.minusMillis(i));
            story.save();
            newestFirst.add(story.title());
        }

        Document home = okPage("/");

        assertThat(home.select(".lead-area .card-title").text()).isEqualTo(lead.title());
        assertThat(home.select("#top-stories-heading").text()).isEqualTo("Top Stories");
        // Top Stories are the most read first (other tests in this context may have made some),
        // then the newest others, newest first.
        List<String> top = home.select(".top-stories ol.ranked > li .card-title").eachText();
        assertThat(top).hasSize(5).doesNotContain(lead.title());
        List<String> newestShown = top.stream().filter(newestFirst::contains).toList();
        assertThat(newestShown).isNotEmpty().isEqualTo(newestFirst.subList(0, newestShown.size()));
    }

    @Test
    void each_section_in_the_menu_shows_its_three_newest_stories() {
        String name = Unique.name("Harbour");
        String slug = Slugs.of(name);
        taxonomy.saveCategory(slug, name, "News from the harbour.", null, 1000 + ThreadLocalRandom.current().nextInt(100_000));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> newestFirst = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Story story = stories().any().inCategory(slug).publishedAt(now.minus(i, ChronoUnit.MINUTES));
            story.save();
            newestFirst.add(story.title());
        }

        Document home = okPage("/");

        Element section = home.selectFirst("section.home-section[aria-label=\"" + name + "\"]");
        assertThat(section).isNotNull();
        assertThat(section.select("h2 a").attr("href")).isEqualTo("/category/" + slug);
        assertThat(section.select(".card-title").eachText()).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(home.select("nav.primary-nav a[href=\"/category/" + slug + "\"]").text()).isEqualTo(name);
    }

    @Test
    void stay_connected_shows_audiences_in_compact_form() {
        settings.replaceSocialProfiles(List.of(
                new SocialProfile("Facebook", "https://facebook.example/gazette", 248_100, "Followers", "Like"),
                new SocialProfile("X", "https://x.example/gazette", 61_100, "Followers", "Follow"),
                new SocialProfile("YouTube", "https://youtube.example/gazette", 165_000, "Subscribers", "Subscribe")));

        Document home = okPage("/");

        Element block = home.selectFirst(".stay-connected");
        assertThat(block).isNotNull();
        assertThat(block.select("h2").text()).isEqualTo("Stay Connected");
        assertThat(block.select(".social-count").eachText())
                .containsExactly("248.1k Followers", "61.1k Followers", "165k Subscribers");
        assertThat(block.select(".social-action").eachText()).containsExactly("Like", "Follow", "Subscribe");
        assertThat(block.select("a").eachAttr("href")).containsExactly("https://facebook.example/gazette",
                "https://x.example/gazette", "https://youtube.example/gazette");
    }

    @Test
    void the_home_page_links_the_static_pages_in_its_footer() {
        Document home = okPage("/");

        assertThat(home.select("footer a").eachAttr("href"))
                .contains("/about-us", "/contact-us", "/privacy-policy", "/terms-of-service");
    }

    private Document okPage(String path) {
        Answer answer = http().get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        return answer.html();
    }
}
