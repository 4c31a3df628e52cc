package org.chemnet.network.deliverability;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.AccessDeniedException;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * The deliverability use cases: bounces and their score, holds, reminders and the way back, and the suppression list
 * that every send consults.
 *
 * <p>Every send asks the suppression list: an issue records no delivery to a suppressed or held address, and a
 * delivery whose address was suppressed (or, for an issue, held) after it was recorded fails at dispatch with the
 * reason. A hold ends the address's
 * subscriptions for now ({@code SubscriptionStatus.BOUNCED}) without ending them for good: the way back restores them.
 *
 * <p>Bounces reach it from the outbox itself (SMTP replies 5xx and 4xx about the recipient, as the mailer reports
 * them), from network-mail's bounce mailbox (delivery status notifications of RFC 3464 read over IMAP), or from the
 * host through {@link #record(Bounce)}. Each bounce counts once by its reference, also when two nodes report it at
 * once.
 *
 * <p>Get it from {@code NetworkRuntime.deliverability()}. Addresses may be given in any case; they are compared
 * {@linkplain AddressStanding#normalized(String) normalized}.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public interface Deliverability {
    /**
     * Records a bounce and weighs it: a hard one adds 1 to the address's score and a soft one 0.5, at most one bounce
     * a day; a score whose last bounce is older than {@link BounceSettings#staleAfter()} starts again. When the score
     * reaches the threshold, every subscription at the address is put on hold. A bounce of a stored delivery counts
     * against that delivery's address, whatever address the report names; one that names a delivery this store does
     * not hold counts nothing.
     *
     * @param bounce the bounce
     * @return what it did; never null
     * @throws NetworkValidationException if the bounce is not valid (its address or reference)
     * @throws AccessDeniedException unless the actor may deliver mail
     */
    BounceResult record(Bounce bounce);

    /**
     * Where an address stands.
     *
     * @param address the address
     * @return its standing, {@linkplain AddressStanding#clean(String) clean} if nothing is known of it; never null
     * @throws AccessDeniedException unless the actor may read personal data
     */
    AddressStanding standing(String address);

    /**
     * The bounces of an address, oldest first, as they were reported.
     *
     * @param address the address
     * @return the bounces; never null
     * @throws AccessDeniedException unless the actor may read personal data
     */
    List<Bounce> bounces(String address);

    /**
     * Puts an address on the suppression list, or changes its reason: nothing is sent to it any more, from any
     * newsletter or notice, including deliveries already pending.
     *
     * @param address the address
     * @param reason why
     * @param note who or what asked, for a person to read; blank for none
     * @return the standing afterwards; never null
     * @throws NetworkValidationException if the address or the note is not valid
     * @throws AccessDeniedException unless the actor may manage the suppression list
     */
    AddressStanding suppress(String address, SuppressionReason reason, String note);

    /**
     * Records a complaint about a delivery (its recipient marked it as spam, as a feedback loop report of RFC 5965
     * says): the delivery's address is suppressed as {@link SuppressionReason#COMPLAINED}. A complaint about a
     * delivery this store does not hold changes nothing, as anyone can write a report.
     *
     * @param delivery the delivery complained about
     * @param note where the complaint came from, for a person to read, such as "feedback loop of example.jp"
     * @return the standing of the delivery's address afterwards, or empty if the delivery is not stored or its
     *     recipient was erased; never null
     * @throws AccessDeniedException unless the actor may deliver mail
     */
    Optional<AddressStanding> complaint(org.chemnet.network.newsletter.DeliveryId delivery, String note);

    /**
     * Takes an address off the suppression list. Lifting an opt-out or a complaint is for when its owner asked for
     * mail again; the change log keeps who lifted it.
     *
     * @param address the address
     * @return the standing afterwards; never null
     * @throws AccessDeniedException unless the actor may manage the suppression list
     */
    AddressStanding lift(String address);

    /**
     * A page of the suppression list, by address.
     *
     * @param after the address after which the page starts; empty for the first page
     * @param limit the most to return, 1 to 1,000
     * @return the suppressed addresses' standings; never null
     * @throws AccessDeniedException unless the actor may read personal data
     */
    List<AddressStanding> suppressed(Optional<String> after, int limit);

    /**
     * Records a reminder in the outbox for each held address whose reminder is due ({@link BounceSettings}: one at
     * once, then one each {@code reminderInterval}, up to {@code reminders}), with a way back where the settings
     * have a resume page; and suppresses as {@link SuppressionReason#HARD_BOUNCED} each held address whose reminders
     * are used up and whose last one is {@code reminderInterval} old. Run it on a schedule, as the outbox is; two
     * nodes running it at once record each reminder once.
     *
     * @return what this round did; never null
     * @throws AccessDeniedException unless the actor may deliver mail
     */
    ReminderReport remindHeld();

    /**
     * The way back, by the link of a reminder: the address's held subscriptions are active again, its score is 0, and
     * a suppression for hard bounces is lifted (an opt-out or a complaint stays). The token is the authority: it was
     * sent to the address, and works for {@link BounceSettings#resumeValidity()}.
     *
     * @param token the token from the link
     * @return the standing afterwards; never null
     * @throws InvalidResumeTokenException if the token is not genuine or has expired
     * @throws IllegalStateException if the runtime has no unsubscribe secret, which signs these tokens too
     */
    AddressStanding resumeWith(String token);

    /**
     * The way back, by the secretariat (the owner confirmed the address works): as {@link #resumeWith(String)}.
     *
     * @param address the address
     * @return the standing afterwards; never null
     * @throws NetworkValidationException if the address is not one (a token passed here by mistake, say)
     * @throws AccessDeniedException unless the actor may manage the suppression list
     */
    AddressStanding resume(String address);
}
