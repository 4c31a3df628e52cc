package org.chemnet.network.newsletter;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.MailAddress;
import org.chemnet.network.validation.PlainText;

/**
 * A person's or an organization's consent to receive a newsletter at an address, with the topics chosen and a way to
 * leave.
 *
 * <p>An empty set of topics means every topic.
 *
 * @param id the identifier; never null
 * @param newsletter the newsletter activity subscribed to; never null
 * @param address where the newsletter goes; never null
 * @param person the subscribing person, if a person subscribed; never null
 * @param organization the subscribing organization, if an organization subscribed; never null
 * @param topics the topics chosen, empty for all; never null
 * @param consent when and how consent was given; never null
 * @param status whether it still receives newsletters; never null
 * @param statusSince the day the status took effect; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Subscription(
        SubscriptionId id,
        ActivityId newsletter,
        @MailAddress String address,
        Optional<PersonId> person,
        Optional<OrganizationId> organization,
        Set<@PlainText(max = 100) String> topics,
        @Valid Consent consent,
        SubscriptionStatus status,
        LocalDate statusSince) {

    /**
     * Creates a subscription.
     *
     * @throws NullPointerException if a component is null or the topics hold null
     */
    public Subscription {
        requireNonNull(id, "id");
        requireNonNull(newsletter, "newsletter");
        requireNonNull(address, "address");
        requireNonNull(person, "person");
        requireNonNull(organization, "organization");
        topics = Collections.unmodifiableSet(new TreeSet<>(topics));
        requireNonNull(consent, "consent");
        requireNonNull(status, "status");
        requireNonNull(statusSince, "statusSince");
    }

    /**
     * Tells whether this subscription should receive an issue on some topics.
     *
     * @param issueTopics the issue's topics; empty for a general issue
     * @return true if active and subscribed to all topics, or to one of the issue's, or the issue is general
     */
    public boolean receives(Set<String> issueTopics) {
        return status == SubscriptionStatus.ACTIVE
                && (topics.isEmpty()
                        || issueTopics.isEmpty()
                        || issueTopics.stream().anyMatch(topics::contains));
    }

    /**
     * This subscription in another status from a day.
     *
     * @param newStatus the status
     * @param since the day it takes effect
     * @return a new subscription; never null
     */
    public Subscription withStatus(SubscriptionStatus newStatus, LocalDate since) {
        return new Subscription(id, newsletter, address, person, organization, topics, consent, newStatus, since);
    }
}
