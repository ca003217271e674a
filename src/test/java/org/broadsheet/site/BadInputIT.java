package org.broadsheet.site;

import java.net.URI;

import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient.Answer;
import org.broadsheet.testsupport.Stories.Story;
import org.broadsheet.testsupport.Unique;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What readers (and robots) get for addresses and parameters that are wrong: the site's own pages, never a trace. */
class BadInputIT extends AppTest {

    @ParameterizedTest
    @ValueSource(strings = {"/story/no-such-story-here", "/category/no-such-category", "/tag/no-such-tag",
            "/author/no-such-author", "/no-such-page", "/story/no-such-story-here/related?page=2", "/a/b/c"})
    void an_unknown_address_gets_the_sites_own_404_page(String path) {
        Answer answer = http().get(path);

        assertThat(answer.status()).isEqualTo(404);
        assertSitePage(answer, "We could not find that page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "MTIz", "LTEuLTE", "%25%25%25"})
    void a_malformed_show_more_cursor_gets_a_400_page(String cursor) {
        Story story = stories().any().tagged(Unique.name("Tide"));
        story.save();
        String tag = articles.findPublished(story.slug()).orElseThrow().tags().getFirst().slug();
        String category = articles.findPublished(story.slug()).orElseThrow().category().slug();

        for (String path : new String[] {"/category/" + category, "/tag/" + tag}) {
            Answer answer = http().get(path + (path.contains("?") ? "&" : "?") + "before=" + cursor);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertSitePage(answer, "That address is not quite right");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "99999999999", "1", "0", "-2", "11", "2.5"})
    void a_related_page_number_out_of_range_gets_a_400_page(String page) {
        Story story = stories().any();
        story.save();

        Answer answer = http().get("/story/" + story.slug() + "/related?page=" + page);

        assertThat(answer.status()).isEqualTo(400);
        assertSitePage(answer, null);
    }

    @Test
    void an_overlong_search_is_cut_short_and_says_so() {
        Answer answer = http().get("/search?q=" + "harbour+".repeat(1024));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().select("main").text()).contains("only its first 500 characters were used");
        assertThat(answer.html().select("#site-search").val()).hasSizeLessThanOrEqualTo(500);
    }

    @Test
    void an_address_longer_than_the_server_accepts_is_refused_without_a_server_error() {
        Answer answer = http().get("/search?q=" + "a".repeat(40_000));

        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void a_theme_choice_sets_a_cookie_and_leads_back_to_the_page_on_this_site() {
        String from = baseUrl() + "/category/world?before=abc";

        Answer answer = http().get("/preferences?theme=dark", "Referer", from);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(location(answer)).isEqualTo("/category/world?before=abc");
        assertThat(answer.all("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("bs_theme=dark;")
                .contains("Path=/", "Max-Age=31536000", "SameSite=Lax"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/phish", "//evil.example/phish", "http://localhost.evil.example/x",
            "javascript:alert(1)", "not a url"})
    void a_theme_choice_never_redirects_to_another_site(String referer) {
        Answer answer = http().get("/preferences?theme=light", "Referer", referer);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(location(answer)).isEqualTo("/");
    }

    @Test
    void a_referer_on_this_host_but_with_a_protocol_relative_path_leads_home() {
        Answer answer = http().get("/preferences?font=l", "Referer", baseUrl() + "//evil.example/x");

        assertThat(location(answer)).isEqualTo("/");
        assertThat(answer.all("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("bs_font=l;"));
    }

    @Test
    void an_unknown_theme_sets_no_cookie() {
        Answer answer = http().get("/preferences?theme=%3Cscript%3E");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.all("Set-Cookie")).noneSatisfy(c -> assertThat(c).startsWith("bs_theme"));
    }

    /** The Location header as a path on this site (a relative one stays as it is). */
    private String location(Answer answer) {
        String location = answer.header("Location").orElseThrow();
        URI uri = URI.create(location);
        if (uri.getHost() != null) {
            assertThat(uri.getHost()).isEqualTo("localhost");
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        return location;
    }

    private static void assertSitePage(Answer answer, String heading) {
        assertThat(answer.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Document page = answer.html();
        assertThat(page.select("header.masthead")).hasSize(1);
        assertThat(page.select("footer.site-footer")).hasSize(1);
        if (heading != null) {
            assertThat(page.select("main h1").text()).isEqualTo(heading);
        }
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "org.springframework", "Whitelabel");
    }
}
