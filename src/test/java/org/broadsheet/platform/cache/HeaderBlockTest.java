package org.broadsheet.platform.cache;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderBlockTest {

    @Test
    void everyValueOfEveryHeaderIsKeptInOrder() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Vary", List.of("Cookie"));
        headers.put("Cache-Tag", List.of("article-1", "home"));
        HeaderBlock block = HeaderBlock.of(headers);

        assertThat(block.count()).isEqualTo(3);
        assertThat(text(block.name(1)) + ": " + text(block.value(1))).isEqualTo("Cache-Tag: article-1");
        assertThat(text(block.name(2)) + ": " + text(block.value(2))).isEqualTo("Cache-Tag: home");
    }

    @Test
    void aLineBreakInAStoredValueCannotStartAnotherHeader() {
        HeaderBlock block = HeaderBlock.of(Map.of("X-Note", List.of("a\r\nSet-Cookie: x=1\tb")));

        assertThat(text(block.value(0))).isEqualTo("a  Set-Cookie: x=1\tb");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
