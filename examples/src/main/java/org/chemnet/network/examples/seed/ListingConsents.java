package org.chemnet.network.examples.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.consent.ConsentChannel;
import org.chemnet.network.consent.ConsentEntry;
import org.chemnet.network.consent.ConsentEntryId;
import org.chemnet.network.consent.ConsentPurpose;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.organization.OrganizationId;

/**
 * The consents to be listed in the public directory that go with a seed network, as fixtures: every organization with
 * a membership consents on its application form, but one in ten (by identifier), which takes part without being
 * named, so that a directory shows both.
 *
 * @since 0.6.0
 */
public final class ListingConsents {
    /** The text agreed to, in both languages of the application form. */
    public static final LocalizedText TEXT = LocalizedText.jaEn(
            "当団体の名称とウェブサイトを、ネットワークの公開名簿に掲載することに同意します。",
            "We agree that our name and website are shown in the network's public directory.");

    private ListingConsents() {}

    /**
     * The listing consents of a network's organizations.
     *
     * @param graph the network
     * @param at when they were given
     * @return one entry per organization that consents, by organization; never null
     */
    public static List<ConsentEntry> of(NetworkGraph graph, Instant at) {
        TreeSet<OrganizationId> organizations = new TreeSet<>();
        graph.memberships().stream().map(Membership::organization).forEach(organizations::add);
        List<ConsentEntry> entries = new ArrayList<>();
        int i = 0;
        for (OrganizationId organization : organizations) {
            if (i++ % 10 == 9) {
                continue; // takes part without being named
            }
            entries.add(new ConsentEntry(
                    ConsentEntryId.of("listing-" + graph.network().id() + "-" + organization),
                    graph.network().id(),
                    Optional.empty(),
                    Optional.of(organization),
                    Optional.empty(),
                    ConsentPurpose.DIRECTORY_LISTING,
                    Optional.empty(),
                    true,
                    ConsentChannel.PAPER_FORM,
                    TEXT,
                    "2026-03",
                    at,
                    "application form",
                    ""));
        }
        return entries;
    }
}
