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

    @Test
    void aTokenHasOneSpelling() {
        String token = tokens.token(SubscriptionId.of("s1"));
        String id = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        assertThat(signature)
                .as("32 bytes end in a character with two unused bits")
                .hasSize(43);
        char last = signature.charAt(signature.length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char sameBits = alphabet.charAt(alphabet.indexOf(last) ^ 1);

        assertThat(tokens.verify(id + "." + signature.substring(0, 42) + sameBits))
                .as("other trailing bits decode to the same bytes, but are another spelling")
                .isEmpty();
        assertThat(tokens.verify(token + "=")).isEmpty();
        assertThat(tokens.verify(id + "=." + signature)).isEmpty();
        assertThat(tokens.verify(id + "." + signature.replace('-', '+').replace('_', '/')))
                .as("the URL-safe alphabet only")
                .isEmpty();
        assertThat(tokens.verify(" " + token)).isEmpty();
        assertThat(tokens.verify(token)).contains(SubscriptionId.of("s1"));
    }

    @Test
    void aRetiredSecretIsStillAcceptedButNoLongerSigns() {
        byte[] old = "the secret used before this one!!".getBytes(StandardCharsets.US_ASCII);
        UnsubscribeTokens before = new UnsubscribeTokens(old);
        UnsubscribeTokens rotated = tokens.accepting(old);
        SubscriptionId s1 = SubscriptionId.of("s1");

        assertThat(rotated.verify(before.token(s1))).contains(s1);
        assertThat(rotated.verify(tokens.token(s1))).contains(s1);
        assertThat(rotated.token(s1)).isEqualTo(tokens.token(s1)).isNotEqualTo(before.token(s1));
        assertThat(tokens.verify(before.token(s1)))
                .as("not accepted unless named")
                .isEmpty();
        assertThatThrownBy(() -> tokens.accepting(new byte[8]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retiredUnsubscribeSecret must have at least 32 bytes, but had 8");
    }
}
