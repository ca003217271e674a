package org.broadsheet.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingTimeTest {

    @ParameterizedTest(name = "{0} words read in {1} min")
    @CsvSource({"0, 1", "1, 1", "230, 1", "231, 2", "460, 2", "2300, 10"})
    void minutesAreWordsAtTwoHundredThirtyAMinuteRoundedUp(int words, int minutes) {
        String text = " word\t\n".repeat(words);
        assertThat(ReadingTime.minutes(text)).isEqualTo(minutes);
    }

    @ParameterizedTest(name = "\"{0}\" counts as {1} words")
    @CsvSource(delimiter = '|', value = {"one two  three|3", "  leading and trailing  |3", "tab\tseparated words|3", "hyphen-ated word|2"})
    void wordsAreSeparatedByWhitespace(String text, int words) {
        // A text of exactly 230 words reads in one minute, one word more in two.
        String wordsToFill = " x".repeat(ReadingTime.WORDS_PER_MINUTE - words);
        assertThat(ReadingTime.minutes(text + wordsToFill)).isEqualTo(1);
        assertThat(ReadingTime.minutes(text + wordsToFill + " more")).isEqualTo(2);
    }

    @Test
    void everyAsciiCharacterSeparatesWordsExactlyWhenJavaCallsItWhiteSpace() {
        for (char c = 0; c < 0x80; c++) {
            String words = ("w" + c).repeat(ReadingTime.WORDS_PER_MINUTE) + "w";
            int expected = Character.isWhitespace(c) ? 2 : 1;
            assertThat(ReadingTime.minutes(words)).as("character %d", (int) c).isEqualTo(expected);
        }
    }
}
