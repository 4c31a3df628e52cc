package org.chemnet.network.deliverability;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.validation.MailAddress;
import org.chemnet.network.validation.PlainText;

/**
 * One bounce of mail to an address, as the SMTP server replied, a delivery status notification reported, or the host
 * learnt otherwise.
 *
 * <p>Its reference makes it one bounce however often it is reported: the same delivery refused at once and reported
 * again later, or one notification read by two nodes, counts once. {@link #ofDelivery} makes it from the delivery.
 *
 * @param address the address that bounced; never null
 * @param kind hard or soft; never null
 * @param at when it bounced, to the microsecond (as stores keep it); never null
 * @param reference what makes it one bounce, at most 255 characters; never null
 * @param delivery the delivery that bounced, where known: its address is then the one counted; never null
 * @param diagnostic what the server said, made readable: control characters replaced, at most
 *     {@value #MAX_DIAGNOSTIC} characters; never null
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record Bounce(
        @MailAddress String address,
        BounceKind kind,
        Instant at,
        @PlainText(max = 255) String reference,
        Optional<DeliveryId> delivery,
        String diagnostic) {
    /** The most characters of a diagnostic kept. */
    public static final int MAX_DIAGNOSTIC = 500;

    /**
     * Creates a bounce. The diagnostic comes from other servers, so it is made readable rather than refused.
     *
     * @throws NullPointerException if a component is null
     */
    public Bounce {
        requireNonNull(address, "address");
        requireNonNull(kind, "kind");
        at = requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        requireNonNull(reference, "reference");
        requireNonNull(delivery, "delivery");
        diagnostic = readable(requireNonNull(diagnostic, "diagnostic"));
    }

    /**
     * A bounce of a delivery, referenced by it and its kind: a delivery counts once as hard and once as soft at most.
     *
     * @param delivery the delivery
     * @param address its address
     * @param kind hard or soft
     * @param at when
     * @param diagnostic what the server said
     * @return the bounce; never null
     */
    public static Bounce ofDelivery(
            DeliveryId delivery, String address, BounceKind kind, Instant at, String diagnostic) {
        return new Bounce(
                address, kind, at, "delivery:" + delivery.value() + ":" + kind, Optional.of(delivery), diagnostic);
    }

    /**
     * A diagnostic made readable: line breaks and other control characters become spaces, runs of white space one,
     * and it is cut to {@value #MAX_DIAGNOSTIC} characters.
     */
    private static String readable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_DIAGNOSTIC));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < MAX_DIAGNOSTIC; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (out.length() + Character.charCount(c) > MAX_DIAGNOSTIC) {
                break;
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }
}
