package org.chemnet.network.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MajorityTest {
    @Test
    void aSimpleMajorityNeedsMoreYesThanNo() {
        assertThat(Majority.SIMPLE.passes(3, 2)).isTrue();
        assertThat(Majority.SIMPLE.passes(2, 2)).as("a tie fails").isFalse();
        assertThat(Majority.SIMPLE.passes(0, 0)).isFalse();
    }

    @Test
    void twoThirdsNeedsTwoYesForEveryNo() {
        assertThat(Majority.TWO_THIRDS.passes(2, 1)).isTrue();
        assertThat(Majority.TWO_THIRDS.passes(5, 3)).isFalse();
        assertThat(Majority.TWO_THIRDS.passes(0, 0)).isFalse();
    }

    @Test
    void theQuorumIsAShareOfTheSeatsSitting() {
        BoardRules half = BoardRules.standard();
        assertThat(half.quorate(9, 17)).isTrue();
        assertThat(half.quorate(8, 17)).isFalse();
        assertThat(half.quorate(0, 0)).as("no board, no quorum").isFalse();
        assertThat(new BoardRules(100, Majority.SIMPLE).quorate(17, 17)).isTrue();
    }
}
