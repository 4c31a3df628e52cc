package org.chemnet.network.newsletter;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * The newsletter use cases: subscribe, compose and issue, deliver through the outbox, unsubscribe.
 *
 * <p>Issuing records one delivery per subscriber of the audience in the store's outbox before anything is sent;
 * {@link #deliverPending()} hands due deliveries to the mailer in batches, records each outcome as it comes, retries
 * transient failures with growing delays and gives up after the configured number of attempts.
 *
 * <p>Get it from {@code NetworkRuntime.newsletters()}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface Newsletters {
    /**
     * Records a subscription.
     *
     * @param subscription the subscription, to a newsletter activity
     * @return the subscription; never null
     * @throws NotFoundException if the newsletter is not a stored newsletter activity
     * @throws NetworkValidationException if the subscription is not valid
     */
    Subscription subscribe(Subscription subscription);

    /**
     * The audience of an issue on some topics: active subscriptions with consent recorded that receive those
     * topics; unsubscribed and bounced ones are left out.
     *
     * @param newsletter the newsletter
     * @param topics the issue's topics, empty for a general issue
     * @return the subscriptions, by identifier; never null
     */
    List<Subscription> audience(ActivityId newsletter, Set<String> topics);

    /**
     * Issues a newsletter: stores the issue and one pending delivery per subscription of its audience. Nothing is
     * sent yet. Each delivery is in its subscriber's language where the subscriber is a person who gave one, else in
     * English where the issue has it, else in the issue's first language.
     *
     * <p>One mail per address: subscriptions of the audience whose addresses differ only in case or surrounding space
     * get one delivery, that of the first by identifier. None goes to an address on the suppression list, and
     * subscriptions on hold for bounces ({@link SubscriptionStatus#BOUNCED}) are not in the audience (see
     * {@code NetworkRuntime.deliverability()}).
     *
     * <p>An issue recorded already (its message identifier is stored, with the same content) is resumed, not recorded
     * again, also when two nodes issue it at once: its deliveries stay as they are, those sent are not sent again and
     * those pending go out with the next {@link #deliverPending()}.
     *
     * @param issue the composed issue
     * @return how many deliveries were recorded, or are recorded already for an issue resumed
     * @throws NotFoundException if the newsletter is not stored
     * @throws NetworkValidationException if the issue is not valid: a subject of more than one line or of more than
     *     {@value MailMessage#MAX_SUBJECT} characters, a body of more than {@value MailMessage#MAX_BODY} characters
     *     (rule {@code TextBounds}), or an issue recorded already under its identifier with another day, topics,
     *     subject or body ({@code id}, rule {@code IssuedAlready})
     */
    int issue(NewsletterIssue issue);

    /**
     * Hands every due delivery of the outbox to the mailer, batch by batch, until none is due now. A delivery to a
     * subscription that ended, or to an address suppressed since it was recorded, fails without being sent, saying
     * why. A failure the mailer reports as a bounce is recorded against the recipient's address in the same
     * transaction as the delivery's outcome.
     *
     * @return what this round did; never null
     * @throws IllegalStateException if the runtime has no mailer
     */
    DispatchReport deliverPending();

    /**
     * Ends a subscription: nothing more is sent to it, including deliveries already pending. The withdrawal is
     * appended to the consent ledger (channel {@code UNSPECIFIED}), and the subscription keeps its record of consent.
     *
     * @param subscription the subscription
     * @param on the day it ends
     * @return the subscription, unsubscribed; never null
     */
    Subscription unsubscribe(SubscriptionId subscription, LocalDate on);

    /**
     * Ends a subscription by the token of its unsubscribe link, as a recipient does with one click (RFC 8058). Only a
     * token signed with this runtime's secret is accepted; the check takes the same time whatever the token. The
     * withdrawal is appended to the consent ledger (channel {@code EMAIL_LINK}).
     *
     * @param token the token from the link
     * @param on the day it ends
     * @return the subscription, unsubscribed; never null
     * @throws InvalidUnsubscribeTokenException if the token is not genuine
     * @throws IllegalStateException if the runtime has no unsubscribe secret
     */
    Subscription unsubscribe(String token, LocalDate on);

    /**
     * Asks for a subscription with double opt-in: stores it as pending and records a confirmation mail to its
     * address, in its subscriber's language, whose link (the {@link SignUpSettings#confirmUrl() confirmation page} with
     * a {@code token} parameter, signed with the runtime's unsubscribe secret) confirms it with
     * {@link #confirm(String)} until {@link SignUpSettings#validity()} has passed. Nothing else is sent to it until
     * then. Asking again renews it and sends a new mail; an address on the suppression list gets no mail.
     *
     * @param subscription the subscription it becomes once confirmed (active from the day it is confirmed)
     * @return the pending subscription; never null
     * @throws NotFoundException if the newsletter is not a stored newsletter activity, or the person or organization
     *     is not stored
     * @throws NetworkValidationException if the subscription is not valid
     * @throws IllegalStateException if the runtime has no confirmation page or no unsubscribe secret
     * @since 0.6.0
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.6.0")
    PendingSubscription signUp(Subscription subscription);

    /**
     * Confirms a pending subscription by the token of its confirmation link: it becomes an active subscription from
     * today, its consent dated today and appended to the consent ledger (channel {@code EMAIL_LINK}). The token is the authority: it reached the address. Confirming again returns
     * the subscription, also when two nodes confirm it at once.
     *
     * @param token the token from the link
     * @return the subscription; never null
     * @throws InvalidConfirmationTokenException if the token is not genuine, has expired, or its pending subscription
     *     expired and was deleted
     * @throws IllegalStateException if the runtime has no unsubscribe secret
     * @since 0.6.0
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.6.0")
    Subscription confirm(String token);

    /**
     * Deletes the pending subscriptions whose confirmation link expired. Run it on a schedule.
     *
     * @return how many were deleted
     * @since 0.6.0
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.6.0")
    int expireSignUps();
}
