package org.chemnet.network.examples.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.membership.Participant;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.organization.OrganizationId;

/**
 * The participants of a day that consent to be listed, streamed as the store reads them and asked of the consent
 * ledger {@value #CHUNK} at a time, so that a directory of any size is rendered in bounded memory; and how many took
 * part without consenting.
 */
final class ListedParticipants {
    /** How many participants are asked of the ledger at once. */
    static final int CHUNK = 1_000;

    private ListedParticipants() {}

    /**
     * Hands each listed participant on, in the order the store reads them.
     *
     * @param runtime the runtime
     * @param query the network and day
     * @param each what is done with each listed participant
     * @return how many participants were not listed
     */
    static long each(NetworkRuntime runtime, ParticipantQuery query, Consumer<Participant> each) {
        List<Participant> chunk = new ArrayList<>(CHUNK);
        long[] unlisted = {0};
        runtime.participation().participantsOn(query, p -> {
            chunk.add(p);
            if (chunk.size() == CHUNK) {
                unlisted[0] += flush(runtime, query, chunk, each);
            }
        });
        unlisted[0] += flush(runtime, query, chunk, each);
        return unlisted[0];
    }

    private static long flush(
            NetworkRuntime runtime, ParticipantQuery query, List<Participant> chunk, Consumer<Participant> each) {
        if (chunk.isEmpty()) {
            return 0;
        }
        List<OrganizationId> ids =
                chunk.stream().map(p -> p.organization().id()).toList();
        Set<OrganizationId> listed = runtime.consents().listedAmong(query.network(), ids);
        long unlisted = 0;
        for (Participant participant : chunk) {
            if (listed.contains(participant.organization().id())) {
                each.accept(participant);
            } else {
                unlisted++;
            }
        }
        chunk.clear();
        return unlisted;
    }
}
