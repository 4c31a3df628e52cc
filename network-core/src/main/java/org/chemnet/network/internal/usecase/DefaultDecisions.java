package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.AccessDeniedException;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.ActorKind;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.decision.BoardRules;
import org.chemnet.network.decision.Count;
import org.chemnet.network.decision.Decision;
import org.chemnet.network.decision.Decisions;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.MotionId;
import org.chemnet.network.decision.Tally;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.decision.VoteOption;
import org.chemnet.network.decision.VoteRefusedException;
import org.chemnet.network.decision.VoteRefusedException.Reason;
import org.chemnet.network.governance.Sitting;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.DecisionPort;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;

/**
 * The board decision use cases. A vote or an outcome first advances the motion's version, then reads its votes and
 * the sittings of its day: one writer at a time per motion, so no vote is counted twice or missed by a decision. Not
 * part of the API.
 */
@API(status = INTERNAL, since = "0.5.0")
public final class DefaultDecisions implements Decisions {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultDecisions(UseCases context) {
        this.context = context;
    }

    @Override
    public BoardRules rules(NetworkId network) {
        requireNonNull(network, "network");
        return context.store.read(r -> rulesOf(r, network));
    }

    @Override
    public BoardRules setRules(NetworkId network, BoardRules rules) {
        requireNonNull(network, "network");
        context.validator.check(rules);
        return context.change((tx, events) -> {
            context.authorize(Action.SET_BOARD_RULES, EntityKind.BOARD, network, network);
            UseCases.requireNetwork(tx, network);
            DecisionPort port = tx.decisions();
            port.saveRules(
                    network, rules, port.rules(network).map(Versioned::version).orElse(0L));
            events.add(new ChangeEvent.BoardRulesSet(network, rules));
            return rules;
        });
    }

    @Override
    public Motion propose(NetworkId network, LocalizedText text, Optional<ActivityId> activity, LocalDate voteDay) {
        requireNonNull(network, "network");
        requireNonNull(activity, "activity");
        MotionId id = MotionId.random();
        context.validator.check(
                new Motion(id, network, text, activity, voteDay, BoardRules.standard(), Optional.empty()));
        return context.change((tx, events) -> {
            context.authorize(Action.PROPOSE_MOTION, EntityKind.MOTION, id, network);
            UseCases.requireNetwork(tx, network);
            Motion motion = new Motion(id, network, text, activity, voteDay, rulesOf(tx, network), Optional.empty());
            if (activity.isPresent()) {
                NetworkId ofActivity = tx.content()
                        .networkOfActivity(activity.get())
                        .orElseThrow(() -> new NotFoundException("activity", activity.get()));
                UseCases.requireSameNetwork("activity", network, ofActivity, "activity " + activity.get());
            }
            tx.decisions().saveMotion(motion, 0);
            events.add(new ChangeEvent.MotionProposed(motion));
            return motion;
        });
    }

    @Override
    public Vote vote(NetworkId network, MotionId motionId, PersonId voter, VoteOption option) {
        requireNonNull(network, "network");
        requireNonNull(voter, "voter");
        requireNonNull(option, "option");
        return context.change((tx, events) -> {
            context.authorize(Action.VOTE, EntityKind.PERSON, voter, network);
            if (context.actor.kind() == ActorKind.BOARD_MEMBER
                    && !context.actor.person().equals(Optional.of(voter))) {
                throw new AccessDeniedException(context.actor, "votes only as themselves, not as " + voter);
            }
            Versioned<Motion> stored = turn(tx, network, motionId);
            Motion motion = stored.value();
            requireOpen(motion);
            List<Sitting> sittings = Sittings.on(tx, network, motion.voteDay());
            List<Sitting> theirs = sittings.stream()
                    .filter(s -> s.person().equals(Optional.of(voter)))
                    .toList();
            if (theirs.isEmpty()) {
                throw new VoteRefusedException(
                        Reason.NOT_SITTING,
                        voter + " sat on no seat of the board of network " + network + " on " + motion.voteDay()
                                + ", the day of motion " + motion.id());
            }
            List<Vote> counted = counted(tx, motion, sittings);
            // A person who sits on two seats votes for each; a vote of someone who sits there no more counts nothing.
            Sitting sitting = theirs.stream()
                    .filter(s -> counted.stream()
                            .noneMatch(v -> v.seat().equals(s.seat().id())))
                    .findFirst()
                    .orElseThrow(() -> new VoteRefusedException(
                            Reason.ALREADY_VOTED,
                            "seat " + theirs.get(0).seat().id() + " of "
                                    + theirs.get(0).seat().organization() + " has voted on motion " + motion.id()
                                    + " already: one vote per seat"));
            Vote vote = new Vote(motion.id(), sitting.seat().id(), voter, option, now());
            tx.decisions().insertVote(vote);
            events.add(new ChangeEvent.VoteCast(network, vote));
            return vote;
        });
    }

    @Override
    public Tally tally(MotionId motionId) {
        requireNonNull(motionId, "motion");
        return context.store.read(r -> {
            Motion motion = r.decisions()
                    .motion(motionId)
                    .orElseThrow(() -> new NotFoundException("motion", motionId))
                    .value();
            return tally(r, motion);
        });
    }

    @Override
    public Motion decide(NetworkId network, MotionId motionId, LocalDate on) {
        requireNonNull(network, "network");
        requireNonNull(on, "on");
        return context.change((tx, events) -> {
            context.authorize(Action.DECIDE, EntityKind.MOTION, motionId, network);
            Versioned<Motion> stored = turn(tx, network, motionId);
            Motion motion = stored.value();
            requireOpen(motion);
            if (on.isBefore(motion.voteDay())) {
                throw new NetworkValidationException(List.of(new Violation(
                        "on", "NotBeforeVoteDay", RuleMessages.format("NotBeforeVoteDay", motion.voteDay()))));
            }
            Tally tally = tally(tx, motion);
            if (!tally.quorate()) {
                throw new VoteRefusedException(
                        Reason.QUORUM_NOT_REACHED,
                        "motion " + motion.id() + " has no outcome: " + voted(tally) + " of " + tally.sitting()
                                + " seats voted, and its quorum is "
                                + motion.rules().quorumPercent()
                                + "% of the seats sitting on " + motion.voteDay());
            }
            Motion decided = motion.decided(new Decision(tally.passing(), on, tally.counts(), tally.sitting()));
            tx.decisions().saveMotion(decided, stored.version());
            events.add(new ChangeEvent.MotionDecided(decided));
            return decided;
        });
    }

    @Override
    public Optional<Motion> motion(MotionId motion) {
        requireNonNull(motion, "motion");
        return context.store.read(r -> r.decisions().motion(motion).map(Versioned::value));
    }

    @Override
    public List<Vote> votes(MotionId motion) {
        requireNonNull(motion, "motion");
        return context.store.read(r -> r.decisions().votes(motion));
    }

    @Override
    public List<Motion> history(NetworkId network) {
        requireNonNull(network, "network");
        return context.store.read(r -> r.decisions().motions(network));
    }

    @Override
    public List<Motion> about(ActivityId activity) {
        requireNonNull(activity, "activity");
        return context.store.read(r -> r.decisions().motionsAbout(activity));
    }

    /** The motion, of that network, after advancing its version: the turn every vote and outcome takes. */
    private static Versioned<Motion> turn(StoreTransaction tx, NetworkId network, MotionId motionId) {
        requireNonNull(motionId, "motion");
        DecisionPort port = tx.decisions();
        Versioned<Motion> stored = port.motion(motionId).orElseThrow(() -> new NotFoundException("motion", motionId));
        UseCases.requireSameNetwork("motion", network, stored.value().network(), "motion " + motionId);
        return new Versioned<>(stored.value(), port.saveMotion(stored.value(), stored.version()));
    }

    private static void requireOpen(Motion motion) {
        if (motion.decision().isPresent()) {
            throw new VoteRefusedException(
                    Reason.DECIDED,
                    "motion " + motion.id() + " was decided on "
                            + motion.decision().get().decidedOn() + " ("
                            + motion.decision().get().result() + "): it takes no more votes or decisions");
        }
    }

    /**
     * Where a motion stands: once decided, as it stood then; before, the votes of those who sit for their seat on the
     * vote day as the board is now, against the seats with someone sitting, under the rules the motion was proposed
     * with.
     */
    private static Tally tally(StoreTransaction tx, Motion motion) {
        if (motion.decision().isPresent()) {
            Decision decision = motion.decision().get();
            return new Tally(motion, decision.counts(), decision.sitting(), true, decision.passed());
        }
        List<Sitting> sittings = Sittings.on(tx, motion.network(), motion.voteDay());
        List<Vote> votes = counted(tx, motion, sittings);
        java.util.Map<VoteOption, Integer> of = new java.util.EnumMap<>(VoteOption.class);
        for (VoteOption option : VoteOption.values()) {
            of.put(option, (int)
                    votes.stream().filter(v -> v.option() == option).count());
        }
        List<Count> counts = of.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
        int sitting =
                (int) sittings.stream().filter(s -> s.person().isPresent()).count();
        BoardRules rules = motion.rules();
        return new Tally(
                motion,
                counts,
                sitting,
                rules.quorate(votes.size(), sitting),
                rules.majority().passes(of.get(VoteOption.YES), of.get(VoteOption.NO)));
    }

    /**
     * The votes that count: each cast by the person who sits for its seat on the vote day, as the board stands now (a
     * seat ended, split or handed to a new head since leaves the old vote uncounted).
     */
    private static List<Vote> counted(StoreTransaction tx, Motion motion, List<Sitting> sittings) {
        return tx.decisions().votes(motion.id()).stream()
                .filter(v -> sittings.stream()
                        .anyMatch(s ->
                                s.seat().id().equals(v.seat()) && s.person().equals(Optional.of(v.voter()))))
                .toList();
    }

    private static int voted(Tally tally) {
        return tally.counts().stream().mapToInt(Count::value).sum();
    }

    private static BoardRules rulesOf(StoreTransaction tx, NetworkId network) {
        return tx.decisions().rules(network).map(Versioned::value).orElseGet(BoardRules::standard);
    }

    private Instant now() {
        return context.clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
