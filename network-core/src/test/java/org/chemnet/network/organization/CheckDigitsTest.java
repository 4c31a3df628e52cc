package org.chemnet.network.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckDigitsTest {
    @Test
    void acceptsTheNationalTaxAgencysOwnCorporateNumber() {
        assertThat(CheckDigits.isCorporateNumber("7000012050002")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000012050002", "700001205000", "70000120500021", "700001205000A", "", "0000000000000"})
    void rejectsMalformedCorporateNumbers(String number) {
        assertThat(CheckDigits.isCorporateNumber(number)).isFalse();
    }

    @Test
    void everyGeneratedCorporateNumberIsAcceptedAndEveryChangedCheckDigitRefused() {
        Random random = new Random(42);
        for (int i = 0; i < 1_000; i++) {
            String base = String.format("%012d", random.nextLong(1_000_000_000_000L));
            int check = CheckDigits.corporateNumberCheckDigit(base);
            assertThat(CheckDigits.isCorporateNumber(check + base)).as(base).isTrue();
            int wrong = check % 9 + 1;
            assertThat(CheckDigits.isCorporateNumber(wrong + base)).as(base).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HWUPKR0MPOU8FGXBT394", "5493001KJTIIGC8Y1R12", "529900T8BM49AURSDO55"})
    void acceptsPublishedLeis(String lei) {
        assertThat(CheckDigits.isLei(lei)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"HWUPKR0MPOU8FGXBT395", "HWUPKR0MPOU8FGXBT39", "hwupkr0mpou8fgxbt394", "HWUPKR0MPOU8FGXBTX94", ""
            })
    void rejectsMalformedLeis(String lei) {
        assertThat(CheckDigits.isLei(lei)).isFalse();
    }

    @Test
    void everyGeneratedLeiIsAccepted() {
        Random random = new Random(7);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int i = 0; i < 1_000; i++) {
            StringBuilder base = new StringBuilder();
            for (int k = 0; k < 18; k++) {
                base.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String lei = base + CheckDigits.leiCheckDigits(base.toString());
            assertThat(CheckDigits.isLei(lei)).as(lei).isTrue();
        }
    }
}
