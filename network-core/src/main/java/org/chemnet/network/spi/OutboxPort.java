package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.organization.PersonId;

/**
 * The store port of the mail outbox: messages, their deliveries, and the claims under which a node sends them.
 *
 * <p>A delivery is sent only by the node that claimed it: {@link #claimDue} gives each due delivery to one owner for
 * a lease, and {@link #complete} records the outcome and releases the claim. A node that dies mid-batch leaves its
 * claims behind; once their lease has run out another node claims them again. Its contract suite is
 * {@code OutboxPortContract}, with races.
 *
 * @since 0.2.0
 */
@API(status = STABLE, since = "0.2.0")
public interface OutboxPort {
    /** The address that replaces an erased recipient's in the deliveries kept as a record. */
    String ERASED_ADDRESS = "erased@erased.invalid";

    /**
     * A message of the outbox.
     *
     * @param id its identifier
     * @return the message, if stored; never null
     */
    Optional<MailMessage> message(MessageId id);

    /**
     * Inserts a message.
     *
     * @param message the message
     * @throws NetworkStorageException if a message with its identifier exists, with SQLState {@code 23505}
     */
    void insertMessage(MailMessage message);

    /**
     * A delivery.
     *
     * @param id its identifier
     * @return the delivery, if stored; never null
     */
    Optional<Delivery> delivery(DeliveryId id);

    /**
     * The deliveries of a message.
     *
     * @param message the message
     * @return the deliveries, by identifier; never null
     */
    List<Delivery> deliveries(MessageId message);

    /**
     * The deliveries to a person, whatever their status.
     *
     * @param person the person
     * @return the deliveries, by identifier; never null
     */
    List<Delivery> deliveriesTo(PersonId person);

    /**
     * A page of the deliveries of a message, whatever their status, by identifier (keyset paging): those whose
     * identifier follows {@code after}.
     *
     * @param message the message; one that is not stored has none
     * @param after the identifier after which the page starts, not itself included; empty for the first page
     * @param limit the most to return, 1 or more (the use cases ask for at most 1,001)
     * @return the deliveries, in order of identifier; never null
     * @since 0.3.0
     */
    List<Delivery> deliveriesAfter(MessageId message, Optional<DeliveryId> after, int limit);

    /**
     * Records deliveries, pending and unclaimed.
     *
     * @param deliveries the deliveries
     * @throws NetworkStorageException if a delivery with one of their identifiers exists
     */
    void insertDeliveries(List<Delivery> deliveries);

    /**
     * Claims due deliveries for an owner: pending ones whose next attempt is due ({@code nextAttempt <= now}) and that
     * no owner holds, or whose owner's lease ended before {@code now}. Each is given to the owner until
     * {@code leaseUntil}. Two claims, from this store or another over the same database, never get one delivery while
     * its lease lasts. Run it in a transaction of its own, so that the claim is stored before anything is sent.
     *
     * @param owner who claims, such as a node's name; at most 128 characters
     * @param now the time
     * @param leaseUntil until when the claim holds, after {@code now}
     * @param limit the most to claim, 1 or more
     * @return the deliveries claimed, earliest due first, then by identifier; never null
     */
    List<Delivery> claimDue(String owner, Instant now, Instant leaseUntil, int limit);

    /**
     * Records a delivery after an attempt (its status, attempts, next attempt and error) and releases its claim, if
     * the owner still holds it. If not (its lease ran out and another owner may have claimed the delivery since), a
     * final outcome ({@code SENT} or {@code FAILED}) is still recorded on a delivery that is still pending, without
     * touching the other owner's claim, and a pending one is dropped: the other owner records its own. A delivery that
     * is no longer stored (its recipient was erased meanwhile) is left so.
     *
     * @param delivery the delivery after the attempt
     * @param owner who claimed it
     * @return true if the owner still held the claim and the outcome was recorded; false otherwise
     */
    boolean complete(Delivery delivery, String owner);

    /**
     * Records many deliveries after their attempts, each as {@link #complete} does: the outbox records the outcomes
     * of a batch in groups with it, so that a group costs a statement or two, not one a mail. By default one by one;
     * stores may batch.
     *
     * @param deliveries the deliveries after their attempts, each at most once
     * @param owner who claimed them
     * @return those of them whose claim the owner still held, whose outcome was recorded; never null
     * @since 0.4.0
     */
    default Set<DeliveryId> completeAll(List<Delivery> deliveries, String owner) {
        Set<DeliveryId> held = new HashSet<>();
        for (Delivery delivery : deliveries) {
            if (complete(delivery, owner)) {
                held.add(delivery.id());
            }
        }
        return held;
    }

    /**
     * Erases a person from the outbox: deletes the pending deliveries to them, and keeps the others as a record
     * with the address {@link #ERASED_ADDRESS}, no name and no link to the person.
     *
     * @param person the person
     * @return how many deliveries were deleted or redacted
     */
    int erase(PersonId person);
}
