package org.chemnet.network.internal.usecase;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;
import org.chemnet.network.newsletter.SubscriptionId;

/**
 * Signs and checks the per-recipient tokens of links: those of unsubscribe links (the subscription's identifier) and of
 * the way back from a bounce hold (the address and an expiry), each with an HMAC-SHA256 of it and its purpose under
 * the runtime's signing secret, both base64url without padding. A token has one spelling: one whose parts
 * are not exactly what signing writes (padding, other trailing bits, characters outside the URL-safe alphabet) is
 * refused. Tokens signed with a retired secret are still accepted, so that a secret can be replaced without breaking
 * the links of mail already sent. Checking compares in constant time. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class UnsubscribeTokens {
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The fewest bytes a secret may have. */
    public static final int MIN_SECRET_BYTES = 32;

    private final SecretKeySpec key;
    private final List<SecretKeySpec> retired;

    /**
     * Creates the signer.
     *
     * @param secret the secret, at least {@value #MIN_SECRET_BYTES} bytes
     * @throws IllegalArgumentException if the secret is too short
     */
    public UnsubscribeTokens(byte[] secret) {
        this(key(secret, "unsubscribeSecret"), List.of());
    }

    private UnsubscribeTokens(SecretKeySpec key, List<SecretKeySpec> retired) {
        this.key = key;
        this.retired = List.copyOf(retired);
    }

    /**
     * These tokens, also accepting those signed with a secret no longer used to sign.
     *
     * @param secret the retired secret, at least {@value #MIN_SECRET_BYTES} bytes
     * @return new tokens, signing as before; never null
     * @throws IllegalArgumentException if the secret is too short
     */
    public UnsubscribeTokens accepting(byte[] secret) {
        List<SecretKeySpec> keys = new ArrayList<>(retired);
        keys.add(key(secret, "retiredUnsubscribeSecret"));
        return new UnsubscribeTokens(key, keys);
    }

    private static SecretKeySpec key(byte[] secret, String name) {
        return new SecretKeySpec(requireLongEnough(secret, name).clone(), ALGORITHM);
    }

    /**
     * Checks that a secret is long enough.
     *
     * @param secret the secret
     * @param name its name in the message
     * @return the secret
     * @throws IllegalArgumentException if it has fewer than {@value #MIN_SECRET_BYTES} bytes, naming it
     */
    public static byte[] requireLongEnough(byte[] secret, String name) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    name + " must have at least " + MIN_SECRET_BYTES + " bytes, but had " + secret.length);
        }
        return secret;
    }

    /**
     * The token of a subscription.
     *
     * @param subscription the subscription
     * @return the token, safe in a URL
     */
    public String token(SubscriptionId subscription) {
        return signed("unsubscribe", subscription.value());
    }

    /**
     * The subscription a token was signed for, if it is genuine.
     *
     * @param token the token from a link
     * @return the subscription, or empty if the token is malformed or its signature is wrong
     */
    public Optional<SubscriptionId> verify(String token) {
        try {
            return payload("unsubscribe", token).map(SubscriptionId::of);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A token for some text and a purpose: the text and its HMAC under the signing secret, the purpose signed with it,
     * so that a token of one purpose (an unsubscribe link) never passes for one of another (a way back).
     *
     * @param purpose what the token is for, such as {@code unsubscribe} or {@code resume}
     * @param payload the text it carries
     * @return the token, safe in a URL
     */
    public String signed(String purpose, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(key, purpose, bytes));
    }

    /**
     * The text a token of a purpose carries, if it is genuine: signed for that purpose with the signing secret or a
     * retired one, in its one spelling. The check takes the same time whatever the token.
     *
     * @param purpose what the token must be for
     * @param token the token
     * @return the text, or empty if the token is malformed or its signature is wrong
     */
    public Optional<String> payload(String purpose, String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.') || token.length() > 1024) {
            return Optional.empty();
        }
        Optional<byte[]> text = strict(token.substring(0, dot));
        Optional<byte[]> signature = strict(token.substring(dot + 1));
        if (text.isEmpty() || signature.isEmpty()) {
            return Optional.empty();
        }
        boolean genuine = MessageDigest.isEqual(mac(key, purpose, text.get()), signature.get());
        for (SecretKeySpec old : retired) {
            genuine |= MessageDigest.isEqual(mac(old, purpose, text.get()), signature.get());
        }
        return genuine ? Optional.of(new String(text.get(), StandardCharsets.UTF_8)) : Optional.empty();
    }

    /**
     * Decodes base64url without padding, only in the one spelling the encoder writes: the decoder by itself ignores
     * the trailing bits of the last character and accepts padding, so that several spellings would give one value.
     */
    private static Optional<byte[]> strict(String text) {
        byte[] bytes;
        try {
            bytes = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return ENCODER.encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
    }

    private static byte[] mac(SecretKeySpec key, String purpose, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(("chemnet-" + purpose + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
