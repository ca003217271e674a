package org.broadsheet.syndication;

import org.broadsheet.content.Category;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.testsupport.Unique;

/** Sources and categories of their own for each test (tests share one database). */
final class SyndicationTestSupport {

    private SyndicationTestSupport() {
    }

    static Category category(TaxonomyService taxonomy, String base) {
        String name = Unique.name(base);
        return taxonomy.saveCategory(org.broadsheet.content.Slugs.of(name), name, "", null, null);
    }

    /** Settings of a paused source (the poller leaves it alone; tests poll or ingest themselves). */
    static SourceSettings settings(String name, String categorySlug, String mode) {
        return new SourceSettings(name, "http://127.0.0.1:9/" + Unique.slug("feed") + ".xml", categorySlug, "", mode,
                "Except for the headline, this story has not been edited by {source} staff and is published from a syndicated feed.",
                false, "", "", "15", "canonical", "skip", false);
    }

    static SourceSettings with(SourceSettings s, String field, String value) {
        return new SourceSettings(
                field.equals("name") ? value : s.name(), field.equals("url") ? value : s.url(),
                field.equals("categorySlug") ? value : s.categorySlug(), field.equals("categoryMap") ? value : s.categoryMap(),
                field.equals("mode") ? value : s.mode(), field.equals("attribution") ? value : s.attribution(),
                field.equals("allowRewrite") ? Boolean.parseBoolean(value) : s.allowRewrite(),
                field.equals("include") ? value : s.include(), field.equals("exclude") ? value : s.exclude(),
                field.equals("pollMinutes") ? value : s.pollMinutes(), field.equals("seoPolicy") ? value : s.seoPolicy(),
                field.equals("duplicatePolicy") ? value : s.duplicatePolicy(),
                field.equals("enabled") ? Boolean.parseBoolean(value) : s.enabled());
    }
}
