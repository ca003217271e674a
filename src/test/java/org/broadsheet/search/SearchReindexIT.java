package org.broadsheet.search;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SearchReindexIT extends SearchTestSupport {

    @Autowired
    Reindexer reindexer;
    @Autowired
    SearchIndex index;

    @Test
    void aRebuildIsSwappedInWhenCompleteAndChangesMadeSinceAreCaughtUp() {
        saveIndexed(story("gecko-old", "Gecko climbs the glass tower", "", "<p>A gecko.</p>", "Science", daysAgo(2)));
        String before = index.generationName();
        List<Long> progress = new ArrayList<>();

        Reindexer.Result result = reindexer.rebuild(progress::add);
        long changedSince = articles.save(story("gecko-new", "Gecko lays eggs", "", "<p>Gecko eggs.</p>", "Science",
                daysAgo(1))).id();

        assertThat(result.generation()).isNotEqualTo(before);
        assertThat(progress).isNotEmpty().last().isEqualTo(result.documents());
        eventually(WITHIN, () -> {
            assertThat(index.generationName()).isEqualTo(result.generation());
            assertThat(slugsFound("gecko")).containsExactlyInAnyOrder("gecko-old", "gecko-new");
        });
        assertThat(changedSince).isPositive();
        assertThat(Files.exists(index.layout().path(before))).as("the old generation is deleted").isFalse();
    }

    @Test
    void theReindexCommandDrawsAProgressBar() {
        assertThat(ReindexCommand.bar(5, 10)).isEqualTo("[###############               ] 50% (5/10)");
        assertThat(ReindexCommand.bar(10, 10)).startsWith("[" + "#".repeat(30) + "] 100%");
    }
}
