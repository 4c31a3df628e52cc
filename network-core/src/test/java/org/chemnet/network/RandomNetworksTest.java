package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomNetworksTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2020})
    void everyRandomNetworkIsValid(long seed) {
        try (NetworkValidator validator = NetworkValidator.create()) {
            assertThat(validator.validate(RandomNetworks.graph(seed, 200))).isEmpty();
        }
    }

    @Test
    void theSameSeedGivesTheSameNetwork() {
        assertThat(RandomNetworks.graph(7, 50)).isEqualTo(RandomNetworks.graph(7, 50));
        assertThat(RandomNetworks.graph(7, 50)).isNotEqualTo(RandomNetworks.graph(8, 50));
        assertThat(RandomNetworks.graph(7, 0).organizations()).isEmpty();
    }
}
