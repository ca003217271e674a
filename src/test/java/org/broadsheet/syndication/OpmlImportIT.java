package org.broadsheet.syndication;

import java.nio.charset.StandardCharsets;

import org.broadsheet.content.Category;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** OPML import: each outline's own category, when it is one of ours, becomes its source's default category. */
class OpmlImportIT extends AppTest {

    @Autowired
    OpmlImport opml;
    @Autowired
    TaxonomyService taxonomy;

    @Test
    void anOutlinesCategoryThatExistsBecomesItsSourcesDefaultCategoryAndAnUnknownOneFallsBack() {
        Category fallback = SyndicationTestSupport.category(taxonomy, "Opml Default");
        Category sport = SyndicationTestSupport.category(taxonomy, "Opml Sport");
        Category arts = SyndicationTestSupport.category(taxonomy, "Opml Arts");
        String base = "https://opml.example/" + Unique.slug("f");
        String xml = """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>Feeds</title></head><body>
                  <outline text="Sport desk" type="rss" xmlUrl="%1$s/sport.xml" category="/News/%2$s"/>
                  <outline text="Arts desk" type="rss" xmlUrl="%1$s/arts.xml" category="no-such-category, %3$s"/>
                  <outline text="Unknown desk" type="rss" xmlUrl="%1$s/other.xml" category="/Nowhere/Land"/>
                  <outline text="Plain desk" type="rss" xmlUrl="%1$s/plain.xml"/>
                </body></opml>
                """.formatted(base, sport.slug(), arts.name());

        OpmlImport.Result result = opml.importOpml(xml.getBytes(StandardCharsets.UTF_8), fallback.slug(), "auto", null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.created()).extracting(Source::name, Source::categorySlug).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sport desk", sport.slug()),
                org.assertj.core.groups.Tuple.tuple("Arts desk", arts.slug()),
                org.assertj.core.groups.Tuple.tuple("Unknown desk", fallback.slug()),
                org.assertj.core.groups.Tuple.tuple("Plain desk", fallback.slug()));
    }
}
