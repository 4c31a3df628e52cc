package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.chemnet.network.kernel.NetworkException;
import org.junit.jupiter.api.Test;

class NetworkExceptionTest {
    @Test
    void keepsMessageAndCause() {
        IllegalStateException cause = new IllegalStateException("boom");
        NetworkException e = new NetworkException("failed", cause);
        assertThat(e).hasMessage("failed").hasCause(cause);
    }
}
