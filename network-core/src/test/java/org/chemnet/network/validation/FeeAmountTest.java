package org.chemnet.network.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.chemnet.network.TestData;
import org.chemnet.network.common.Fee;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.membership.MembershipPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A fee's amount is bounded by its precision and scale, never by expanding it: huge exponents are refused. */
class FeeAmountTest {
    private static final String ENGLISH =
            "must be a number of at most 12 digits before the decimal point and 4 after it";
    private static final String JAPANESE = "整数部12桁以内、小数部4桁以内の数でなければなりません";

    private static NetworkValidator validator;

    @BeforeAll
    static void start() {
        validator = NetworkValidator.create();
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    private static Fee fee(String amount) {
        return new Fee(new BigDecimal(amount), Currency.getInstance("EUR"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1E+2147483647",
                "1E999999999",
                "9E+12",
                "0E+12",
                "1234567890123",
                "1234567890123.5",
                "0.00001",
                "1.00000",
                "1e-2147483647",
                "0E-2147483647",
                "-1E+2147483647"
            })
    void refusesAmountsPastTwelveDigitsAndFourDecimals(String amount) {
        assertThat(validator.validate(fee(amount)))
                .filteredOn(v -> !v.rule().equals("DecimalMin"))
                .containsExactly(new Violation("amount", "Amount", ENGLISH));
        assertThat(validator.validate(fee(amount), Locale.JAPANESE))
                .filteredOn(v -> !v.rule().equals("DecimalMin"))
                .containsExactly(new Violation("amount", "Amount", JAPANESE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"0", "0.0000", "15000", "12000.50", "999999999999.9999", "0.0001", "1E+11", "9.99E+11", "100E-2"
            })
    void acceptsAmountsWithinTwelveDigitsAndFourDecimals(String amount) {
        assertThat(validator.validate(fee(amount))).isEmpty();
    }

    @Test
    void refusesAHugeExponentInANetworksFeeBeforeAnythingExpandsIt() {
        Network n = TestData.network();
        MembershipPolicy p = n.policy();
        MembershipPolicy expensive = new MembershipPolicy(
                p.organizationsOnly(),
                p.eligibleTypes(),
                Optional.of(fee("1E+2147483647")),
                p.requiredAgreement(),
                p.approver());
        NetworkGraph graph = TestData.graph().toBuilder()
                .network(new Network(
                        n.id(),
                        n.name(),
                        n.acronym(),
                        n.scope(),
                        n.country(),
                        n.purpose(),
                        n.founded(),
                        n.focusRegions(),
                        n.principles(),
                        expensive,
                        n.website()))
                .build();

        assertThat(validator.validate(graph))
                .containsExactly(new Violation("network.policy.fee.amount", "Amount", ENGLISH));
    }

    @Test
    void judgesAnAmountOfAMillionDigitsWithoutCountingThem() {
        Fee huge = new Fee(new BigDecimal(BigInteger.TEN.pow(1_000_000), 0), Currency.getInstance("EUR"));
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> assertThat(validator.validate(huge))
                .extracting(Violation::rule)
                .containsExactly("Amount"));
    }
}
