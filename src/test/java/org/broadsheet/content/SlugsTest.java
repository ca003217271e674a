package org.broadsheet.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "Harbour expansion approved       | harbour-expansion-approved",
            "Hello, World!                    | hello-world",
            "  --Leading and trailing--       | leading-and-trailing",
            "C++ & Java 21                    | c-java-21",
            "Crème brûlée at the Café         | creme-brulee-at-the-cafe",
            "Straße                           | strasse",
            "STRASSE in CAPITALS              | strasse-in-capitals",
            "İstanbul                         | istanbul",
            "São Paulo                        | sao-paulo",
            "ﬁnance №5                        | finance-no5",
            "æble, smørrebrød                 | aeble-smorrebrod",
            "Ærø and Ørsted                   | aero-and-orsted",
            "Łódź                             | lodz",
            "Đorđe                            | dorde",
            "日本語                            | ''",
            "'   '                            | ''"})
    void a_headline_becomes_a_lowercase_ascii_slug(String text, String slug) {
        assertThat(Slugs.of(text)).isEqualTo(slug);
    }

    @Test
    void nothing_makes_an_empty_slug() {
        assertThat(Slugs.of(null)).isEmpty();
    }

    @Test
    void a_long_headline_is_cut_at_80_characters_without_a_trailing_hyphen() {
        String slug = Slugs.of("word ".repeat(40));

        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.GENERATED_LENGTH).doesNotEndWith("-").startsWith("word-word");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" valid: {1}")
    @CsvSource(delimiter = '|', value = {
            "abc | true", "a-b-1 | true", "2026 | true", "a--b | false", "-a | false", "a- | false",
            "Abc | false", "a_b | false", "a b | false", "café | false", "'' | false"})
    void only_lowercase_letters_digits_and_single_hyphens_are_valid(String slug, boolean valid) {
        assertThat(Slugs.isValid(slug)).isEqualTo(valid);
    }

    @Test
    void a_slug_may_be_200_characters_long_but_no_longer() {
        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH))).isTrue();
        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
        assertThat(Slugs.isValid(null)).isFalse();
    }

    @Test
    void asciiTextGetsTheSameSlugFromTheQuickPathAsFromTheFullOne() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "abcXYZ09 -_.,!?'\t\n\"&<>/";
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 200 : 40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Slugs.ofAscii(text.toString())).as(text.toString()).isEqualTo(Slugs.ofUnicode(text.toString()));
        }
        assertThat(Slugs.of("Harbour Council Votes: Ferry Bridge 42")).isEqualTo("harbour-council-votes-ferry-bridge-42");
    }

    @Test
    void aSlugIsValidExactlyWhenItIsWordsOfSmallLettersAndDigitsJoinedBySingleHyphens() {
        java.util.regex.Pattern valid = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        java.util.Random random = new java.util.Random(5);
        String alphabet = "az09-A_ é";
        for (int n = 0; n < 5000; n++) {
            StringBuilder slug = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                slug.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Slugs.isValid(slug.toString())).as("'%s'", slug).isEqualTo(valid.matcher(slug).matches());
        }
        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
        assertThat(Slugs.isValid(null)).isFalse();
    }
}
