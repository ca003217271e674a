package org.broadsheet.platform.cache;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptEncodingTest {

    @ParameterizedTest(name = "\"{0}\" accepts {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "gzip, deflate, br, zstd | br   | true",
            "gzip, deflate, br, zstd | gzip | true",
            "gzip                    | br   | false",
            "br;q=0, gzip            | br   | false",
            "BR;Q=0.5                | br   | true",
            "*                       | br   | true",
            "*;q=0, gzip             | br   | false",
            "identity                | gzip | false",
            "''                      | gzip | false",
            "brotli                  | br   | false"})
    void readsTheHeaderAsRfc9110Says(String header, String coding, boolean accepted) {
        assertThat(AcceptEncoding.accepts(header, coding)).isEqualTo(accepted);
    }
}
