package org.chemnet.network.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.chemnet.network.TestData;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
    @Test
    void receivesIssuesOnItsTopicsOrGeneralOnesWhileActive() {
        Subscription s = TestData.subscription();
        assertThat(s.receives(Set.of("Europe", "Korea"))).isTrue();
        assertThat(s.receives(Set.of())).isTrue();
        assertThat(s.receives(Set.of("China"))).isFalse();
        Subscription left = s.withStatus(SubscriptionStatus.UNSUBSCRIBED, LocalDate.of(2021, 1, 1));
        assertThat(left.receives(Set.of("Europe"))).isFalse();
        assertThat(left.statusSince()).isEqualTo(LocalDate.of(2021, 1, 1));
    }
}
