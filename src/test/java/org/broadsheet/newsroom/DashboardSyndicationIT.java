package org.broadsheet.newsroom;

import org.broadsheet.accounts.Role;
import org.broadsheet.syndication.Source;
import org.broadsheet.syndication.SourceService;
import org.broadsheet.syndication.SourceSettings;
import org.broadsheet.testsupport.AccountsAppTest;
import org.broadsheet.testsupport.Unique;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard tells editors about the wire: items waiting for review and sources that keep failing. */
class DashboardSyndicationIT extends AccountsAppTest {

    @Autowired
    SourceService sources;

    @Test
    void editors_see_failing_sources_with_the_reason_and_authors_do_not() {
        String category = Unique.slug("wire-desk");
        stories().any().inCategory(category).save();
        Source source = sources.create(new SourceSettings(Unique.name("Broken Wire"), "http://127.0.0.1:9/"
                + Unique.slug("f") + ".xml", category, "", "review", "By {source}.", false, "", "", "15", "canonical",
                "skip", false), null);
        jdbc.sql("""
                UPDATE source SET last_status = 'failing', consecutive_failures = 5,
                       last_error = 'The server answered 500 Internal Server Error.' WHERE id = :id""")
                .param("id", source.id()).update();

        Document editors = signedIn(account(Role.EDITOR)).get("/newsroom").html();
        Document authors = signedIn(account(Role.AUTHOR)).get("/newsroom").html();

        assertThat(editors.select(".dashboard-failing li").text())
                .contains(source.name(), "The server answered 500 Internal Server Error.", "5 failures in a row");
        assertThat(editors.select(".dashboard-failing a").eachAttr("href")).contains("/newsroom/sources/" + source.id());
        assertThat(editors.select("a[href=/newsroom/review]").text()).contains("in the review queue");
        assertThat(authors.select(".dashboard-failing")).isEmpty();
        assertThat(authors.select("a[href=/newsroom/review]")).isEmpty();
    }
}
