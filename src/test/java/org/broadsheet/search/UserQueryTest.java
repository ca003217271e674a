package org.broadsheet.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserQueryTest {

    @Test
    void quotedWordsBecomePhrasesAndTheRestSingleWords() {
        UserQuery q = UserQuery.parse("budget \"prime minister\" vote");
        assertThat(q.words()).containsExactly("budget", "vote");
        assertThat(q.phrases()).containsExactly("prime minister");
    }

    @Test
    void aLoneQuoteAndSyntaxCharactersAreOnlySeparators() {
        UserQuery q = UserQuery.parse("\"title:budget* AND (vote~ OR -tax)");
        assertThat(q.words()).containsExactly("title", "budget", "AND", "vote", "OR", "tax");
        assertThat(q.phrases()).isEmpty();
    }

    @Test
    void hugeQueriesAreCutToBoundedSizes() {
        UserQuery q = UserQuery.parse("word ".repeat(5_000));
        assertThat(q.text()).hasSizeLessThanOrEqualTo(UserQuery.MAX_LENGTH);
        assertThat(q.words()).hasSize(UserQuery.MAX_WORDS);
    }

    @Test
    void controlCharactersAreRemoved() {
        assertThat(UserQuery.parse("a\u0000b\u001bc\u200bd").words()).containsExactly("a", "b", "c", "d");
        assertThat(UserQuery.parse("\u0000\u0001").isEmpty()).isTrue();
    }
}
