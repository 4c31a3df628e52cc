package org.chemnet.network.internal.usecase;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.StakeholderBalance;
import org.chemnet.network.membership.Tally;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.StakeholderCommunity;

/**
 * Counts a network's participants of a day into a {@link StakeholderBalance}, one participant at a time. Each
 * organization counts once: participants come by organization identifier, so a repeated one follows the first.
 */
final class BalanceCount implements Consumer<Participant> {
    private final Counter<StakeholderCommunity> communities = new Counter<>(new EnumMap<>(StakeholderCommunity.class));
    private final Counter<OrganizationType> types = new Counter<>(new EnumMap<>(OrganizationType.class));
    private final Counter<String> countries = new Counter<>(new TreeMap<>());
    private final Counter<EnterpriseSize> sizes = new Counter<>(new EnumMap<>(EnterpriseSize.class));
    private final Set<OrganizationId> lastSeen = new HashSet<>();
    private long participants;

    @Override
    public void accept(Participant participant) {
        Organization organization = participant.organization();
        if (lastSeen.contains(organization.id())) {
            return;
        }
        lastSeen.clear();
        lastSeen.add(organization.id());
        participants++;
        communities.add(organization.community());
        types.add(Optional.of(organization.type()));
        countries.add(organization.country());
        sizes.add(organization.size());
    }

    StakeholderBalance balance(NetworkId network, LocalDate day) {
        return new StakeholderBalance(
                network, day, participants, communities.tally(), types.tally(), countries.tally(), sizes.tally());
    }

    /** Counts the values of one trait. */
    private static final class Counter<K> {
        private final Map<K, Long> counts;
        private long unknown;

        Counter(Map<K, Long> empty) {
            this.counts = empty;
        }

        void add(Optional<K> value) {
            if (value.isPresent()) {
                counts.merge(value.get(), 1L, Long::sum);
            } else {
                unknown++;
            }
        }

        Tally<K> tally() {
            return new Tally<>(counts, unknown);
        }
    }
}
