package org.broadsheet.site;

import org.broadsheet.content.StaticPageService;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient.Answer;
import org.broadsheet.testsupport.Unique;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class StaticPagesIT extends AppTest {

    @Autowired
    StaticPageService pages;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/about-us|About Us", "/mission-and-vision|Mission & Vision",
            "/privacy-policy|Privacy Policy", "/terms-of-service|Terms of Service"})
    void the_default_pages_exist_from_the_first_start(String path, String title) {
        Answer answer = http().get(path);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().select("main h1").text()).isEqualTo(title);
        assertThat(answer.html().select("main .story-body").text()).isNotBlank();
    }

    @Test
    void a_page_written_by_the_newsroom_is_shown_with_its_body_sanitised() {
        String slug = Unique.slug("corrections");
        pages.save(slug, "Corrections Policy", "<h2>How we correct</h2><p onmouseover=\"x()\">Openly.</p><script>x()</script>");

        Document page = http().get("/" + slug).html();

        assertThat(page.select("main h1").text()).isEqualTo("Corrections Policy");
        assertThat(page.select("main .story-body").html()).isEqualTo("<h2>How we correct</h2>\n<p>Openly.</p>");
        assertThat(page.select("main script")).isEmpty();
        assertThat(page.select("nav.breadcrumbs [aria-current=page]").text()).isEqualTo("Corrections Policy");
    }

    @Test
    void a_page_that_does_not_exist_is_not_found() {
        Answer answer = http().get("/" + Unique.slug("no-such-page"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.html().select("main h1").text()).isEqualTo("We could not find that page");
    }
}
