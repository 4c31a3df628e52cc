package org.chemnet.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.spi.NetworkStore;

/**
 * Loads a stored network with many organizations, each with an active membership, through the store's bulk path a
 * chunk a transaction, so that loading a million takes a bounded heap: for tests and benchmarks of what reads large
 * networks back (exports, the directory page).
 */
public final class LargeNetworks {
    private static final int CHUNK = 10_000;

    private LargeNetworks() {}

    /**
     * Adds organizations {@code org-0000000} and up, in Japanese and English, each a participant since 2010.
     *
     * @param store the store, where the network is stored already
     * @param network the network
     * @param organizations how many
     */
    public static void load(NetworkStore store, NetworkId network, int organizations) {
        LocalDate day = LocalDate.of(2010, 1, 1);
        for (int from = 0; from < organizations; from += CHUNK) {
            List<Organization> chunk = new ArrayList<>(CHUNK);
            List<Membership> memberships = new ArrayList<>(CHUNK);
            for (int i = from; i < Math.min(organizations, from + CHUNK); i++) {
                OrganizationId id = OrganizationId.of(String.format("org-%07d", i));
                chunk.add(Organization.builder(
                                id,
                                LocalizedText.jaEn("試験化学株式会社 " + i, "Test Chemical Co. " + i),
                                i % 10 == 0 ? OrganizationType.NGO : OrganizationType.ENTERPRISE)
                        .country("JP")
                        .size(EnterpriseSize.SME)
                        .website("https://org" + i + ".example")
                        .build());
                memberships.add(new Membership(
                        MembershipId.of(String.format("m-%07d", i)),
                        network,
                        id,
                        MembershipRole.PARTICIPANT,
                        Optional.empty(),
                        List.of(StatusChange.of(MembershipStatus.ACTIVE, day.plusDays(i % 3000))),
                        0));
            }
            int stored = store.inTransaction(tx -> {
                tx.organizations().insertOrganizations(chunk);
                tx.memberships().insertAll(memberships);
                return memberships.size();
            });
            if (stored != memberships.size()) {
                throw new IllegalStateException("a chunk was not stored");
            }
        }
    }
}
