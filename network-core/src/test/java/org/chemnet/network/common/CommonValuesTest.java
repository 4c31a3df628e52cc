package org.chemnet.network.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommonValuesTest {
    private static final LocalDate D1 = LocalDate.of(2020, 1, 1);
    private static final LocalDate D2 = LocalDate.of(2020, 12, 31);

    @Test
    void localizedTextResolvesExactTagThenLanguageThenEnglishThenFirst() {
        LocalizedText text = new LocalizedText(Map.of("ja", "化学", "en", "chemistry", "zh-Hant", "化學"));
        assertThat(text.resolve(Locale.forLanguageTag("zh-Hant"))).isEqualTo("化學");
        assertThat(text.resolve(Locale.JAPAN)).isEqualTo("化学");
        assertThat(text.resolve(Locale.GERMAN)).isEqualTo("chemistry");
        assertThat(LocalizedText.of("pl", "chemia").resolve(Locale.GERMAN)).isEqualTo("chemia");
        assertThat(text.in("en")).contains("chemistry");
        assertThat(text.in("fr")).isEmpty();
        assertThat(text).hasToString("chemistry");
    }

    @Test
    void localizedTextIsSortedAndImmutable() {
        LocalizedText text = LocalizedText.en("a").with("ja", "あ");
        assertThat(text.values().keySet()).containsExactly("en", "ja");
        assertThat(text).isEqualTo(LocalizedText.jaEn("あ", "a"));
        assertThatThrownBy(() -> text.values().put("fr", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void periodsCoverTheirDaysInclusive() {
        Period p = Period.of(D1, D2);
        assertThat(p.covers(D1)).isTrue();
        assertThat(p.covers(D2)).isTrue();
        assertThat(p.covers(D2.plusDays(1))).isFalse();
        assertThat(p.covers(D1.minusDays(1))).isFalse();
        assertThat(Period.from(D1).covers(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(Period.on(D1).end()).contains(D1);
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        assertThat(Period.of(D1, D2).overlaps(Period.on(D2))).isTrue();
        assertThat(Period.of(D1, D2).overlaps(Period.from(D2.plusDays(1)))).isFalse();
        assertThat(Period.from(D2).overlaps(Period.from(D1))).isTrue();
        assertThat(Period.on(D1).overlaps(Period.of(D1.minusDays(5), D1.minusDays(1))))
                .isFalse();
        assertThat(Period.from(D1).endingOn(D2)).isEqualTo(Period.of(D1, D2));
    }

    @Test
    void feesKnowWhenTheyAreFree() {
        assertThat(Fee.free().isFree()).isTrue();
        assertThat(Fee.of("15000", "JPY").isFree()).isFalse();
        assertThatThrownBy(() -> Fee.of("1", "XYZ!")).isInstanceOf(IllegalArgumentException.class);
    }
}
