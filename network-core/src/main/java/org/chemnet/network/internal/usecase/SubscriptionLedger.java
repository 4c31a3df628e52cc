package org.chemnet.network.internal.usecase;

import java.util.List;
import java.util.Optional;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.consent.ConsentChannel;
import org.chemnet.network.consent.ConsentEntry;
import org.chemnet.network.consent.ConsentEntryId;
import org.chemnet.network.consent.ConsentPurpose;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.spi.StoreTransaction;

/** What the consent ledger keeps of subscriptions confirmed and ended. Not part of the API. */
final class SubscriptionLedger {
    private SubscriptionLedger() {}

    /**
     * Appends a subscription's consent, or its withdrawal, to the consent ledger, in the transaction of the change:
     * about its person, organization and (normalized) address, for the newsletter, the text being the newsletter's
     * title (version {@code subscription}).
     */
    static void append(
            UseCases context,
            StoreTransaction tx,
            List<ChangeEvent> events,
            Subscription subscription,
            boolean given,
            ConsentChannel channel,
            String source) {
        NetworkId network = DefaultNewsletters.networkOfNewsletter(tx, subscription.newsletter());
        LocalizedText title = tx.content()
                .activity(subscription.newsletter())
                .map(org.chemnet.network.activity.Activity::title)
                .orElseGet(() -> LocalizedText.en(subscription.newsletter().value()));
        ConsentEntry entry = new ConsentEntry(
                ConsentEntryId.random(),
                network,
                subscription.person(),
                subscription.organization(),
                Optional.of(subscription.address()),
                ConsentPurpose.NEWSLETTER,
                Optional.of(subscription.newsletter()),
                given,
                channel,
                title,
                "subscription",
                context.clock.instant(),
                source,
                context.actor.toString());
        tx.consents().append(entry);
        events.add(new ChangeEvent.ConsentRecorded(entry));
    }
}
