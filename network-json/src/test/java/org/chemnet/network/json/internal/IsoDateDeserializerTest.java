package org.chemnet.network.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-read days are exactly the days ISO reading gives; everything else is left to Jackson. */
class IsoDateDeserializerTest {
    @Test
    void readsEveryDayOfFourYearsAsIsoDoes() {
        for (LocalDate day = LocalDate.of(1999, 1, 1); day.isBefore(LocalDate.of(2003, 1, 1)); day = day.plusDays(1)) {
            assertThat(IsoDateDeserializer.parse(day.toString())).isEqualTo(day);
        }
        assertThat(IsoDateDeserializer.parse("0000-01-01")).isEqualTo(LocalDate.parse("0000-01-01"));
        assertThat(IsoDateDeserializer.parse("9999-12-31")).isEqualTo(LocalDate.parse("9999-12-31"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2020-02-30", "2021-02-29", "2020-13-01", "2020-00-10", "2020-01-00", "2020-1-01", "2020-01-1",
                "+2020-01-01", "2020/01/01", "2020-01-01T00", "２０２０-01-01", "2020-0a-01", "", "2020-01-01 "
            })
    void leavesEverythingElseToJackson(String text) {
        assertThat(IsoDateDeserializer.parse(text)).isNull();
    }
}
