package org.chemnet.network.internal.usecase;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;
import org.chemnet.network.newsletter.SubscriptionId;

/**
 * Signs and checks the per-recipient tokens of unsubscribe links: the subscription's identifier and an HMAC-SHA256 of
 * it under the runtime's secret, both base64url. Checking compares in constant time. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class UnsubscribeTokens {
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The fewest bytes a secret may have. */
    public static final int MIN_SECRET_BYTES = 32;

    private final SecretKeySpec key;

    /**
     * Creates the signer.
     *
     * @param secret the secret, at least {@value #MIN_SECRET_BYTES} bytes
     * @throws IllegalArgumentException if the secret is too short
     */
    public UnsubscribeTokens(byte[] secret) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "unsubscribeSecret must have at least " + MIN_SECRET_BYTES + " bytes, but had " + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /**
     * The token of a subscription.
     *
     * @param subscription the subscription
     * @return the token, safe in a URL
     */
    public String token(SubscriptionId subscription) {
        byte[] id = subscription.value().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(mac(id));
    }

    /**
     * The subscription a token was signed for, if it is genuine.
     *
     * @param token the token from a link
     * @return the subscription, or empty if the token is malformed or its signature is wrong
     */
    public Optional<SubscriptionId> verify(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.') || token.length() > 1024) {
            return Optional.empty();
        }
        try {
            byte[] id = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(id), signature)) {
                return Optional.empty();
            }
            return Optional.of(SubscriptionId.of(new String(id, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update("chemnet-unsubscribe:".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
