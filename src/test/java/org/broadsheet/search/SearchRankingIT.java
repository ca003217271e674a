package org.broadsheet.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchRankingIT extends SearchTestSupport {

    @Test
    void aHeadlineMatchRanksAboveAPassingMention() {
        Instant sameDay = daysAgo(2);
        saveIndexed(
                story("garden-tips", "Weekend gardening tips for small balconies", "Pots, herbs and patience",
                        "<p>Start with herbs. Water them in the morning. A neighbour once saw a quokka in a zoo, "
                                + "but that is another story. Compost helps, and so does shade.</p>", "Life", sameDay),
                story("quokka-census", "Quokka census finds a population boom", "Rottnest counts its residents",
                        "<p>Rangers counted the animals over three nights.</p>", "Science", sameDay));

        assertThat(slugsFound("quokka")).containsExactly("quokka-census", "garden-tips");
    }

    @Test
    void aFresherStoryRanksAboveAnOlderOneOfEqualRelevance() {
        saveIndexed(
                story("narwhal-old", "Narwhal sightings rise in the fjord", "", "<p>Whale watchers report narwhals.</p>",
                        "Science", daysAgo(90)),
                story("narwhal-new", "Narwhal sightings rise in the fjord", "", "<p>Whale watchers report narwhals.</p>",
                        "Science", daysAgo(1)));

        assertThat(slugsFound("narwhal sightings")).containsExactly("narwhal-new", "narwhal-old");
    }

    @Test
    void wordsInQuotesMatchOnlyAsAPhrase() {
        saveIndexed(
                story("vermilion-wombat", "Sanctuary news", "", "<p>The vermilion wombat enclosure opened today.</p>",
                        "Life", daysAgo(3)),
                story("wombat-vermilion", "Paint and marsupials", "", "<p>A wombat walked past a vermilion wall.</p>",
                        "Life", daysAgo(3)));

        assertThat(slugsFound("\"vermilion wombat\"")).containsExactly("vermilion-wombat");
        assertThat(slugsFound("vermilion wombat")).containsExactlyInAnyOrder("vermilion-wombat", "wombat-vermilion");
    }

    @Test
    void aMisspeltWordStillFindsTheStoryAndSuggestsTheSpelling() {
        saveIndexed(story("saxophonist-vote", "Saxophonist referendum called for spring", "",
                "<p>Islanders will vote on independence.</p>", "Politics", daysAgo(1)));

        SearchResults results = search.search(SearchRequest.of("saxofonist referendum"));

        assertThat(results.hits()).extracting(h -> h.story().slug()).contains("saxophonist-vote");
        assertThat(results.approximate()).isTrue();
        assertThat(results.didYouMean()).isEqualTo("saxophonist referendum");
    }

    @Test
    void aQuotedPhraseFoundNowhereFallsBackToStoriesWithAllItsWordsMarkedInTheSnippet() {
        saveIndexed(story("capybara-ferry", "Capybara rides the ferry", "",
                        "<p>The ferry crew met a capybara on the quay.</p>", "Life", daysAgo(2)),
                story("ferry-only", "Ferry timetable changes", "", "<p>Sailings move by ten minutes.</p>", "Life", daysAgo(2)));

        SearchResults results = search.search(SearchRequest.of("\"ferry capybara\""));

        assertThat(results.hits()).extracting(h -> h.story().slug()).containsExactly("capybara-ferry");
        assertThat(results.approximate()).isTrue();
        assertThat(results.hits().getFirst().snippet().html()).contains("<mark>capybara</mark>", "<mark>ferry</mark>");
    }

    @Test
    void categoryAndDateFiltersNarrowTheResults() {
        saveIndexed(
                story("zephyr-sport", "Zephyr wins the regatta", "", "<p>Sailing report.</p>", "Sport", daysAgo(40)),
                story("zephyr-science", "Zephyr winds measured", "", "<p>Weather report.</p>", "Science", daysAgo(5)));
        LocalDate tenDaysAgo = LocalDate.ofInstant(daysAgo(10), ZoneOffset.UTC);

        assertThat(search.search(new SearchRequest("zephyr", "sport", null, null, null, 1)).hits())
                .extracting(h -> h.story().slug()).containsExactly("zephyr-sport");
        assertThat(search.search(SearchRequest.of("zephyr", null, tenDaysAgo.toString(), null, null, null)).hits())
                .extracting(h -> h.story().slug()).containsExactly("zephyr-science");
        assertThat(search.search(SearchRequest.of("zephyr", null, null, tenDaysAgo.toString(), null, null)).hits())
                .extracting(h -> h.story().slug()).containsExactly("zephyr-sport");
    }

    @Test
    void sortingByNewestIgnoresRelevance() {
        saveIndexed(
                story("merganser-headline", "Merganser merganser merganser", "", "<p>Merganser.</p>", "Science", daysAgo(30)),
                story("merganser-mention", "Birds of the city", "", "<p>One merganser.</p>", "Science", daysAgo(1)));

        assertThat(search.search(SearchRequest.of("merganser", null, null, null, "newest", null)).hits())
                .extracting(h -> h.story().slug()).containsExactly("merganser-mention", "merganser-headline");
    }

    @Test
    void snippetsAreEscapedAndMarkOnlyTheMatchedWords() {
        saveIndexed(story("console-story", "Console tricks", "",
                "<p>Engineers typed &lt;script&gt;alert(1)&lt;/script&gt; into the xylophonic console.</p>",
                "Technology", daysAgo(1)));

        String snippet = search.search(SearchRequest.of("xylophonic")).hits().getFirst().snippet().html();

        assertThat(snippet).contains("<mark>xylophonic</mark>").contains("&lt;script&gt;").doesNotContain("<script");
        String page = get("/search?q=" + encode("<script>alert(1)</script> xylophonic")).body();
        assertThat(page).doesNotContain("<script>alert").contains("<mark>xylophonic</mark>");
    }

    @Test
    void theSearchPageShowsCountResultsAndAHelpfulEmptyState() {
        saveIndexed(story("pelican-brief", "Pelican brief filed", "", "<p>Lawyers and pelicans.</p>", "Politics", daysAgo(1)));

        String found = get("/search?q=pelican").body();
        String none = get("/search?q=qwxzvbnm").body();

        assertThat(found).contains("1 story").contains("/story/pelican-brief").contains("class=\"masthead\"");
        assertThat(none).contains("No stories match").contains("Check the spelling");
    }

    @Test
    void theJsonSearchAnswersWithResultsAndErrorsAsJson() {
        saveIndexed(story("ocelot-json", "Ocelot spotted downtown", "", "<p>An ocelot.</p>", "Life", daysAgo(1)));

        var ok = get("/api/v1/search?q=ocelot");
        var bad = get("/api/v1/search?q=ocelot&from=yesterday");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"total\":1").contains("ocelot-json").contains("<mark>");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"status\":400").contains("\"error\"");
    }

    @Test
    void suggestionsOfferHeadlinesAndCategoriesForWhatIsTyped() {
        saveIndexed(story("marmoset-suggest", "Marmoset twins born at the zoo", "", "<p>Tiny.</p>", "Science", daysAgo(1)));

        String body = get("/api/v1/suggest?q=marmo").body();
        String categories = get("/api/v1/suggest?q=scie").body();

        assertThat(body).contains("Marmoset twins born at the zoo").contains("/story/marmoset-suggest");
        assertThat(categories).contains("\"kind\":\"category\"").contains("Science");
    }
}
