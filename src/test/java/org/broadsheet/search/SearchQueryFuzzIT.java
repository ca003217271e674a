package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryFuzzIT extends SearchTestSupport {

    private static final String NASTY = "\"'*?~^:+-!(){}[]\\/&|<>%#;=@`$\u0000\u0007\u001b\u200b\u202e\t\n\r é字🦆";

    @Test
    void noQueryOfAnyShapeMakesTheSiteOrTheApiFail() {
        saveIndexed(story("fuzz-target", "Fuzzy target for odd queries", "", "<p>Anything at all.</p>", "Life", daysAgo(1)));
        Random random = new Random(20261124);
        List<String> queries = new ArrayList<>(List.of("\"", "\"\"", "\"fuzzy", "*", "*target", "?arget", "target~",
                "target^99", "title:target", "AND", "OR NOT", "(((", ")", "[a TO z]", "{x TO}", "/regex.*/", "\\",
                "a".repeat(10_000), "target ".repeat(2_000), "\u0000\u0001\u0002", "-", "+-+-", "&&||", "%00", "%",
                "<script>alert(1)</script>", "' OR 1=1 --", "\"a \" b \" c", "fuzzy~2 target*", " ", ""));
        for (int i = 0; i < 200; i++) {
            queries.add(randomQuery(random));
        }

        for (String q : queries) {
            assertThat(search.search(SearchRequest.of(q))).as("query %s", q).isNotNull();
        }
        for (String q : queries.subList(0, 60)) {
            String limited = q.length() > 3000 ? q.substring(0, 3000) : q;
            assertThat(get("/search?q=" + encode(limited)).statusCode()).as("page for %s", q).isEqualTo(200);
            assertThat(get("/api/v1/search?q=" + encode(limited)).statusCode()).as("api for %s", q).isEqualTo(200);
            assertThat(get("/api/v1/suggest?q=" + encode(limited)).statusCode()).as("suggest for %s", q).isEqualTo(200);
        }
    }

    @Test
    void aTenKilobyteQueryIsAnsweredThroughHttp() {
        String tenKb = "target*~ \"".repeat(1_000).substring(0, 10_000);
        String encoded = encode(tenKb);

        assertThat(get("/search?q=" + encoded).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/search?q=" + encoded).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/suggest?q=" + encoded).statusCode()).isEqualTo(200);
    }

    @Test
    void oddFiltersAndPagesAreAnsweredWithoutAnError() {
        assertThat(get("/search?q=target&page=-5&sort=sideways&category=%00").statusCode()).isEqualTo(200);
        assertThat(get("/search?q=target&page=99999999999999&from=notadate").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/search?q=target&page=abc").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/search?q=target&to=2026-13-45").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/search?q=target&to=%2B999999999-12-31&from=-999999999-01-01").statusCode()).isEqualTo(400);
        assertThat(get("/search?q=target&to=%2B999999999-12-31").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/top?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/top?limit=99999").statusCode()).isEqualTo(400);
    }

    private static String randomQuery(Random random) {
        int length = random.nextInt(60);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(3) == 0 ? NASTY.charAt(random.nextInt(NASTY.length()))
                    : (char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
