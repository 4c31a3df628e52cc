package org.chemnet.network.internal.usecase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.RosterChange;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;

/**
 * The difference of a network's rosters of two days: the earlier roster is held by organization, then the later one
 * is read against it.
 */
final class RosterDifference {
    private final LocalDate from;
    private final LocalDate to;
    private final Map<OrganizationId, Organization> before = new TreeMap<>();
    private final Map<OrganizationId, Organization> joined = new TreeMap<>();
    private final List<RosterChange.Renamed> renamed = new ArrayList<>();
    private final Set<OrganizationId> stayed = new HashSet<>();

    RosterDifference(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /** A participant of the earlier day. */
    void before(Participant participant) {
        before.putIfAbsent(participant.organization().id(), participant.organization());
    }

    /** A participant of the later day. */
    void after(Participant participant) {
        Organization organization = participant.organization();
        OrganizationId id = organization.id();
        if (stayed.contains(id) || joined.containsKey(id)) {
            return;
        }
        Organization earlier = before.remove(id);
        if (earlier == null) {
            joined.put(id, organization);
            return;
        }
        stayed.add(id);
        LocalizedText nameBefore = organization.nameOn(from);
        LocalizedText nameAfter = organization.nameOn(to);
        if (!nameBefore.equals(nameAfter)) {
            renamed.add(new RosterChange.Renamed(id, nameBefore, nameAfter));
        }
    }

    RosterChange change(NetworkId network) {
        renamed.sort((a, b) -> a.organization().compareTo(b.organization()));
        return new RosterChange(network, from, to, List.copyOf(joined.values()), List.copyOf(before.values()), renamed);
    }
}
