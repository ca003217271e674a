package org.broadsheet.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one sanitiser against a fixture table of XSS vectors and of markup that must survive ({@code sanitizer-fixtures.txt}). */
class BodySanitizerTest {

    private static final Pattern DANGER = Pattern.compile(
            "<script|<iframe|<svg|<object|<embed|<form|<style|<base|<meta|\\son\\w+=|javascript:|vbscript:|data:",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void each_fixture_comes_out_as_expected(String input, String expected) {
        assertThat(BodySanitizer.sanitize(input).html()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void no_output_carries_markup_that_can_run_code(String input, String expected) {
        assertThat(DANGER.matcher(BodySanitizer.sanitize(input).html()).find()).isFalse();
    }

    @Test
    void an_empty_or_missing_body_becomes_empty_html() {
        assertThat(BodySanitizer.sanitize(null).html()).isEmpty();
        assertThat(BodySanitizer.sanitize("   ").html()).isEmpty();
    }

    @Test
    void the_plain_text_is_what_a_reader_would_read() {
        SanitizedHtml body = BodySanitizer.sanitize("<h2>Vote</h2><p>Councillors  voted <b>31</b> to 9.</p><script>x()</script>");

        assertThat(body.text()).isEqualTo("Vote Councillors voted 31 to 9.");
        assertThat(BodySanitizer.text("<p>One</p><p>two</p>")).isEqualTo("One two");
    }

    static List<Arguments> fixtures() throws IOException {
        List<String> lines;
        try (InputStream in = BodySanitizerTest.class.getResourceAsStream("sanitizer-fixtures.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<Arguments> fixtures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ")) {
                fixtures.add(Arguments.of(Named.of(lines.get(i).substring(3), lines.get(i + 1)), lines.get(i + 2)));
                i += 2;
            }
        }
        assertThat(fixtures).hasSizeGreaterThan(30);
        return fixtures;
    }
}
