package org.chemnet.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.chemnet.network.internal.usecase.UnsubscribeTokens;
import org.chemnet.network.newsletter.SubscriptionId;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(SECRET);

    @Test
    void aTokenNamesItsSubscriptionAndIsSafeInAUrl() {
        String token = tokens.token(SubscriptionId.of("gen-jp-subscription-0001"));
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(tokens.verify(token)).contains(SubscriptionId.of("gen-jp-subscription-0001"));
    }

    @Test
    void refusesTamperedTruncatedAndForeignTokens() {
        String token = tokens.token(SubscriptionId.of("s1"));
        String otherId = tokens.token(SubscriptionId.of("s2"));
        char last = token.charAt(token.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        String swapped = otherId.substring(0, otherId.indexOf('.')) + token.substring(token.indexOf('.'));
        UnsubscribeTokens other =
                new UnsubscribeTokens("another secret of at least 32 bytes!".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(flipped)).isEmpty();
        assertThat(tokens.verify(swapped)).isEmpty();
        assertThat(tokens.verify(token.substring(0, token.length() - 4))).isEmpty();
        assertThat(tokens.verify(other.token(SubscriptionId.of("s1")))).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("no-dot")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("!!!.???")).isEmpty();
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new UnsubscribeTokens(new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsubscribeSecret must have at least 32 bytes, but had 16");
    }
}
