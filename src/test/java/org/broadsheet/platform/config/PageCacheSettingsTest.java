package org.broadsheet.platform.config;

import java.time.Duration;

import org.broadsheet.platform.config.BroadsheetProperties.PageCacheSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheSettingsTest {

    private static final long MB = 1024 * 1024;

    @Test
    void byDefaultThePageCacheTakesAQuarterOfASmallHeap() {
        assertThat(new PageCacheSettings(true, 0, Duration.ofMinutes(5)).effectiveMaxBytes(128 * MB)).isEqualTo(32 * MB);
    }

    @Test
    void byDefaultThePageCacheTakesAtMost64MegabytesOfABigHeap() {
        assertThat(new PageCacheSettings(true, 0, Duration.ofMinutes(5)).effectiveMaxBytes(4096 * MB)).isEqualTo(64 * MB);
    }

    @Test
    void aSizeSetByTheOperatorIsKeptWhateverTheHeap() {
        assertThat(new PageCacheSettings(true, 200 * MB, Duration.ofMinutes(5)).effectiveMaxBytes(128 * MB)).isEqualTo(200 * MB);
    }
}
