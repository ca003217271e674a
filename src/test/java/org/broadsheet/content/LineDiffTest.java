package org.broadsheet.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void aChangedLineIsRemovedThenAddedBetweenUnchangedOnes() {
        List<LineDiff.Line> diff = LineDiff.of("one\ntwo\nthree", "one\n2\nthree");

        assertThat(diff).containsExactly(
                new LineDiff.Line(LineDiff.Kind.SAME, "one"),
                new LineDiff.Line(LineDiff.Kind.REMOVED, "two"),
                new LineDiff.Line(LineDiff.Kind.ADDED, "2"),
                new LineDiff.Line(LineDiff.Kind.SAME, "three"));
    }

    @Test
    void insertedLinesInTheMiddleKeepTheCommonOnes() {
        List<LineDiff.Line> diff = LineDiff.of("a\nb\nc\nd", "a\nx\nb\nc\ny\nd");

        assertThat(diff).filteredOn(l -> l.kind() == LineDiff.Kind.ADDED).extracting(LineDiff.Line::text).containsExactly("x", "y");
        assertThat(diff).filteredOn(l -> l.kind() == LineDiff.Kind.SAME).extracting(LineDiff.Line::text)
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void equalTextsHaveNoChange() {
        assertThat(LineDiff.changed(LineDiff.of("same\ntext", "same\ntext"))).isFalse();
        assertThat(LineDiff.changed(LineDiff.of("", "new"))).isTrue();
    }

    @Test
    void aHugeRewriteFallsBackToRemovedThenAdded() {
        String before = "old line\n".repeat(3000);
        String after = "new line\n".repeat(3000);

        List<LineDiff.Line> diff = LineDiff.of(before, after);

        assertThat(diff).hasSize(6001);
        assertThat(diff.get(0).removed()).isTrue();
        assertThat(diff.get(3000).added()).isTrue();
    }
}
