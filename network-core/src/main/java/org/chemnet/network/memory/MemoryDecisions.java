package org.chemnet.network.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.decision.BoardRules;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.MotionId;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.spi.DecisionPort;
import org.chemnet.network.spi.Versioned;

/** The board decisions of the in-memory store. */
final class MemoryDecisions implements DecisionPort {
    private static final Comparator<Motion> BY_DAY =
            Comparator.comparing(Motion::voteDay).thenComparing(Motion::id);

    private final MemoryTransaction tx;

    MemoryDecisions(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Versioned<BoardRules>> rules(NetworkId network) {
        return Optional.ofNullable(tx.data.boardRules.get(network));
    }

    @Override
    public long saveRules(NetworkId network, BoardRules rules, long expectedVersion) {
        long current = rules(network).map(Versioned::version).orElse(0L);
        if (current != expectedVersion) {
            throw new ConcurrentUpdateException("board rules of network", network, expectedVersion);
        }
        tx.put(tx.data.boardRules, network, new Versioned<>(rules, current + 1));
        return current + 1;
    }

    @Override
    public Optional<Versioned<Motion>> motion(MotionId id) {
        return Optional.ofNullable(tx.data.motions.get(id));
    }

    @Override
    public long saveMotion(Motion motion, long expectedVersion) {
        long current = motion(motion.id()).map(Versioned::version).orElse(0L);
        if (current != expectedVersion) {
            throw new ConcurrentUpdateException("motion", motion.id(), expectedVersion);
        }
        tx.put(tx.data.motions, motion.id(), new Versioned<>(motion, current + 1));
        return current + 1;
    }

    @Override
    public List<Motion> motions(NetworkId network) {
        return matching(m -> m.network().equals(network));
    }

    @Override
    public List<Motion> motionsAbout(ActivityId activity) {
        return matching(m -> m.activity().equals(Optional.of(activity)));
    }

    private List<Motion> matching(Predicate<Motion> filter) {
        return tx.data.motions.values().stream()
                .map(Versioned::value)
                .filter(filter)
                .sorted(BY_DAY)
                .toList();
    }

    @Override
    public List<Vote> votes(MotionId motion) {
        return tx.data.votes.stream().filter(v -> v.motion().equals(motion)).toList();
    }

    @Override
    public List<Vote> votesBy(org.chemnet.network.organization.PersonId voter) {
        return tx.data.votes.stream().filter(v -> v.voter().equals(voter)).toList();
    }

    @Override
    public void insertVote(Vote vote) {
        boolean taken = votes(vote.motion()).stream()
                .anyMatch(v -> v.seat().equals(vote.seat()) && v.voter().equals(vote.voter()));
        if (taken) {
            throw new ConcurrentUpdateException(vote.voter() + " voted for seat " + vote.seat() + " on motion "
                    + vote.motion()
                    + " already: another writer stored it first");
        }
        tx.add(tx.data.votes, vote);
    }
}
