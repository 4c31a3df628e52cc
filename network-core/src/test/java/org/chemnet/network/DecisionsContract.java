package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.race;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.access.AccessDeniedException;
import org.chemnet.network.access.Actor;
import org.chemnet.network.affiliation.AffiliationRole;
import org.chemnet.network.change.AuditQuery;
import org.chemnet.network.change.RecordedChange;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.decision.BoardRules;
import org.chemnet.network.decision.Majority;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.Tally;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.decision.VoteOption;
import org.chemnet.network.decision.VoteRefusedException;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.NetworkValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Board decisions through {@code runtime.decisions()} on two runtimes over one store: votes of the seats sitting on
 * a motion's day, quorum and majority from the board's rules, a dated outcome the activity records, refusals that
 * store nothing (a voter not sitting, a second vote of a seat, a decided motion, no quorum, another network's
 * motion), 16 threads voting at once, ex officio seats voting through the head, access and the change log.
 */
public abstract class DecisionsContract extends TwoNodes {
    private static final LocalDate TERM_START = LocalDate.of(2020, 1, 1);
    private static final LocalDate VOTE_DAY = LocalDate.of(2020, 6, 1);
    private static final NetworkId OTHER = NetworkId.of("other-board-network");
    /** The seats sitting on the vote day: the test network's chair, and one for each of the voters. */
    private static final int SITTING = THREADS + 1;

    private final List<PersonId> voters = new ArrayList<>();

    @BeforeEach
    void startingPoint() {
        first.networks().register(TestData.graph());
        first.networks()
                .register(NetworkGraph.builder(TestData.network(OTHER, LocalizedText.en("Other")))
                        .build());
        for (int i = 0; i < THREADS; i++) {
            OrganizationId organization = OrganizationId.of("board-org-" + i);
            first.networks()
                    .save(Organization.builder(
                                    organization, LocalizedText.en("Board member " + i), OrganizationType.NGO)
                            .country("JP")
                            .build());
            PersonId voter = PersonId.of("board-voter-" + i);
            first.networks().save(Person.of(voter, "Voter " + i));
            first.governance()
                    .appoint(TestData.NETWORK, organization, Optional.of(voter), Period.from(TERM_START), false);
            voters.add(voter);
        }
    }

    private Motion motion(NetworkRuntime runtime) {
        return runtime.decisions()
                .propose(
                        TestData.NETWORK,
                        LocalizedText.jaEn("ニュースレターの年間計画を採択する", "Adopt the newsletter's programme"),
                        Optional.of(TestData.NEWSLETTER),
                        VOTE_DAY);
    }

    private void votes(Motion motion, int yes, int no, int abstain) {
        int i = 0;
        for (; i < yes; i++) {
            (i % 2 == 0 ? first : second)
                    .decisions()
                    .vote(TestData.NETWORK, motion.id(), voters.get(i), VoteOption.YES);
        }
        for (; i < yes + no; i++) {
            second.decisions().vote(TestData.NETWORK, motion.id(), voters.get(i), VoteOption.NO);
        }
        for (; i < yes + no + abstain; i++) {
            first.decisions().vote(TestData.NETWORK, motion.id(), voters.get(i), VoteOption.ABSTAIN);
        }
    }

    @Test
    void theSeatsSittingOnTheDayVoteAndTheOutcomeIsDatedAndRecordedByTheActivity() {
        Motion motion = motion(first);
        votes(motion, 5, 3, 1);

        Tally tally = second.decisions().tally(motion.id());
        assertThat(tally.of(VoteOption.YES)).isEqualTo(5);
        assertThat(tally.of(VoteOption.NO)).isEqualTo(3);
        assertThat(tally.of(VoteOption.ABSTAIN)).isEqualTo(1);
        assertThat(tally.sitting()).isEqualTo(SITTING);
        assertThat(tally.quorate()).as("9 of 17 is at least half").isTrue();
        assertThat(tally.passing()).isTrue();
        assertThat(motion.rules()).isEqualTo(BoardRules.standard());

        Motion decided = second.decisions().decide(TestData.NETWORK, motion.id(), VOTE_DAY.plusDays(1));

        assertThat(decided.decision()).hasValueSatisfying(d -> {
            assertThat(d.passed()).isTrue();
            assertThat(d.result()).isEqualTo("pass");
            assertThat(d.decidedOn()).isEqualTo(VOTE_DAY.plusDays(1));
            assertThat(d.counts())
                    .containsExactly(
                            new org.chemnet.network.decision.Count(VoteOption.YES, 5),
                            new org.chemnet.network.decision.Count(VoteOption.NO, 3),
                            new org.chemnet.network.decision.Count(VoteOption.ABSTAIN, 1));
            assertThat(d.sitting()).isEqualTo(SITTING);
        });
        assertThat(first.decisions().motion(motion.id())).contains(decided);
        assertThat(first.decisions().about(TestData.NEWSLETTER)).containsExactly(decided);
        assertThat(first.decisions().history(TestData.NETWORK)).containsExactly(decided);
        assertThat(first.decisions().votes(motion.id()))
                .extracting(Vote::voter)
                .containsExactlyInAnyOrderElementsOf(voters.subList(0, 9));
    }

    @Test
    void withoutQuorumThereIsNoOutcomeUntilEnoughSeatsHaveVoted() {
        Motion motion = motion(first);
        votes(motion, 8, 0, 0);

        assertThatThrownBy(() -> second.decisions().decide(TestData.NETWORK, motion.id(), VOTE_DAY))
                .isInstanceOfSatisfying(VoteRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VoteRefusedException.Reason.QUORUM_NOT_REACHED);
                    assertThat(e.getMessage()).contains("8 of 17 seats voted", "50%");
                });
        assertThat(first.decisions().motion(motion.id()).orElseThrow().decision())
                .isEmpty();

        first.decisions().vote(TestData.NETWORK, motion.id(), TestData.CHAIR_PERSON, VoteOption.NO);
        assertThat(first.decisions()
                        .decide(TestData.NETWORK, motion.id(), VOTE_DAY)
                        .decision())
                .hasValueSatisfying(d -> assertThat(d.passed()).isTrue());
    }

    @Test
    void theBoardsRulesSetQuorumAndMajority() {
        first.as(Actor.secretariatStaff(TestData.CHAIR_PERSON, TestData.NETWORK))
                .decisions()
                .setRules(TestData.NETWORK, new BoardRules(75, Majority.TWO_THIRDS));
        assertThat(second.decisions().rules(TestData.NETWORK)).isEqualTo(new BoardRules(75, Majority.TWO_THIRDS));
        assertThat(second.decisions().rules(OTHER)).isEqualTo(BoardRules.standard());
        Motion motion = motion(first);
        votes(motion, 8, 5, 0);

        assertThat(second.decisions().tally(motion.id()).quorate())
                .as("13 of 17 is 76%")
                .isTrue();
        Motion decided = second.decisions().decide(TestData.NETWORK, motion.id(), VOTE_DAY);
        assertThat(decided.decision()).hasValueSatisfying(d -> {
            assertThat(d.passed()).as("8 of 13 is short of two thirds").isFalse();
            assertThat(d.result()).isEqualTo("fail");
        });
        assertThatThrownBy(() -> first.decisions().setRules(TestData.NETWORK, new BoardRules(0, Majority.SIMPLE)))
                .isInstanceOfSatisfying(
                        NetworkValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("quorumPercent"));
    }

    @Test
    void aVoteIsRefusedFromASeatNotSittingTwiceFromOneSeatOrAfterTheDecisionAndNothingIsStored() {
        Motion motion = motion(first);
        PersonId outsider = PersonId.of("outsider");
        first.networks().save(Person.of(outsider, "Outsider"));

        assertThatThrownBy(() -> second.decisions().vote(TestData.NETWORK, motion.id(), outsider, VoteOption.YES))
                .isInstanceOfSatisfying(VoteRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VoteRefusedException.Reason.NOT_SITTING);
                    assertThat(e.getMessage()).contains("outsider", VOTE_DAY.toString());
                });
        Motion early = first.decisions()
                .propose(
                        TestData.NETWORK,
                        LocalizedText.en("Before the terms"),
                        Optional.empty(),
                        TERM_START.minusDays(1));
        assertThatThrownBy(() -> first.decisions().vote(TestData.NETWORK, early.id(), voters.get(0), VoteOption.YES))
                .as("the voter's seat began after that day")
                .isInstanceOfSatisfying(VoteRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(VoteRefusedException.Reason.NOT_SITTING));

        first.decisions().vote(TestData.NETWORK, motion.id(), voters.get(0), VoteOption.YES);
        assertThatThrownBy(() -> second.decisions().vote(TestData.NETWORK, motion.id(), voters.get(0), VoteOption.NO))
                .isInstanceOfSatisfying(VoteRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(VoteRefusedException.Reason.ALREADY_VOTED));

        for (int i = 1; i < 9; i++) {
            first.decisions().vote(TestData.NETWORK, motion.id(), voters.get(i), VoteOption.YES);
        }
        first.decisions().decide(TestData.NETWORK, motion.id(), VOTE_DAY);
        assertThatThrownBy(() -> second.decisions().vote(TestData.NETWORK, motion.id(), voters.get(10), VoteOption.NO))
                .isInstanceOfSatisfying(VoteRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(VoteRefusedException.Reason.DECIDED));
        assertThatThrownBy(() -> second.decisions().decide(TestData.NETWORK, motion.id(), VOTE_DAY))
                .isInstanceOfSatisfying(VoteRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(VoteRefusedException.Reason.DECIDED));
        assertThat(first.decisions().votes(motion.id())).hasSize(9);
    }

    @Test
    void aVoteOnAnotherNetworksMotionIsRefusedNamingTheMotionAndTheRule() {
        Motion motion = motion(first);

        assertThatThrownBy(() -> second.decisions().vote(OTHER, motion.id(), voters.get(0), VoteOption.YES))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("motion");
                    assertThat(e.violations().get(0).rule()).isEqualTo("SameNetwork");
                    assertThat(e.violations().get(0).message()).contains(OTHER.value(), TestData.NETWORK.value());
                });
        assertThatThrownBy(() -> second.decisions().decide(OTHER, motion.id(), VOTE_DAY))
                .isInstanceOf(NetworkValidationException.class);
        assertThatThrownBy(() -> second.decisions()
                        .propose(OTHER, LocalizedText.en("x"), Optional.of(TestData.NEWSLETTER), VOTE_DAY))
                .isInstanceOfSatisfying(
                        NetworkValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("activity"));
        assertThatThrownBy(() -> second.decisions()
                        .vote(
                                TestData.NETWORK,
                                org.chemnet.network.decision.MotionId.of("nope"),
                                voters.get(0),
                                VoteOption.YES))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nope");
        assertThat(first.decisions().votes(motion.id())).isEmpty();
        assertThat(first.decisions().history(OTHER)).isEmpty();
    }

    @Test
    void sixteenSeatsVotingAtOnceOnTwoNodesAreAllCountedEachOnce() throws Exception {
        Motion motion = motion(first);

        var outcomes = race(first, second, (runtime, thread) -> runtime.decisions()
                .vote(
                        TestData.NETWORK,
                        motion.id(),
                        voters.get(thread),
                        thread % 3 == 0 ? VoteOption.NO : VoteOption.YES));

        List<Vote> cast = Races.successes(outcomes);
        assertThat(cast).hasSize(THREADS);
        assertThat(first.decisions().votes(motion.id())).containsExactlyInAnyOrderElementsOf(cast);
        Tally tally = second.decisions().tally(motion.id());
        assertThat(tally.of(VoteOption.NO)).isEqualTo(6);
        assertThat(tally.of(VoteOption.YES)).isEqualTo(10);
    }

    @Test
    void sixteenThreadsVotingForOneSeatCountItOnce() throws Exception {
        Motion motion = motion(first);

        var outcomes = race(first, second, (runtime, thread) -> runtime.decisions()
                .vote(TestData.NETWORK, motion.id(), voters.get(0), VoteOption.YES));

        assertThat(Races.successes(outcomes)).hasSize(1);
        Races.losersGotClearErrors(outcomes, VoteRefusedException.class);
        assertThat(first.decisions().votes(motion.id())).hasSize(1);
    }

    @Test
    void anExOfficioSeatVotesThroughTheHeadOfTheDay() {
        PersonId head = PersonId.of("host-head");
        first.networks().save(Person.of(head, "Head of host"));
        first.affiliations()
                .affiliate(head, TestData.HOST, AffiliationRole.HEAD, Period.from(TERM_START), Optional.empty());
        var seat = first.governance().appointExOfficio(TestData.NETWORK, TestData.HOST, Period.from(TERM_START), false);
        Motion motion = motion(first);

        Vote vote = second.decisions().vote(TestData.NETWORK, motion.id(), head, VoteOption.YES);

        assertThat(vote.seat()).isEqualTo(seat.id());
        assertThat(second.decisions().tally(motion.id()).sitting()).isEqualTo(SITTING + 1);
    }

    @Test
    void aBoardMemberVotesOnlyAsThemselvesAPersonProposesNothingAndEverythingIsLogged() {
        Motion motion = motion(first);
        NetworkSession member = second.as(Actor.boardMember(voters.get(0), TestData.NETWORK));

        assertThatThrownBy(() -> member.decisions().vote(TestData.NETWORK, motion.id(), voters.get(1), VoteOption.YES))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("votes only as themselves");
        member.decisions().vote(TestData.NETWORK, motion.id(), voters.get(0), VoteOption.YES);
        assertThatThrownBy(() -> first.as(Actor.person(voters.get(2)))
                        .decisions()
                        .propose(TestData.NETWORK, LocalizedText.en("x"), Optional.empty(), VOTE_DAY))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(first.changes().audit(AuditQuery.all().in(TestData.NETWORK)))
                .extracting(RecordedChange::kind)
                .contains("MotionProposed", "VoteCast")
                .doesNotContain("MotionDecided");
    }

    @Test
    void theExportOfAPersonsDataHoldsTheirVotesAndAffiliations() {
        Motion motion = motion(first);
        Vote vote = second.decisions().vote(TestData.NETWORK, motion.id(), voters.get(0), VoteOption.NO);
        var affiliation = first.affiliations()
                .affiliate(
                        voters.get(0),
                        OrganizationId.of("board-org-0"),
                        AffiliationRole.REPRESENTATIVE,
                        Period.from(TERM_START),
                        Optional.empty());

        var export = first.personalData().export(voters.get(0));
        assertThat(export.votes()).containsExactly(vote);
        assertThat(export.affiliations()).containsExactly(affiliation);
        assertThat(first.personalData().export(voters.get(1)).votes()).isEmpty();
    }

    @Test
    void aVoteForASeatEndedSinceCountsNoMoreAndTheNewHeadOfAnExOfficioSeatVotesForIt() {
        Motion motion = motion(first);
        PersonId former = PersonId.of("former-head");
        PersonId next = PersonId.of("next-head");
        first.networks().save(Person.of(former, "Former head"));
        first.networks().save(Person.of(next, "Next head"));
        var formerHead = first.affiliations()
                .affiliate(former, TestData.HOST, AffiliationRole.HEAD, Period.from(TERM_START), Optional.empty());
        first.governance().appointExOfficio(TestData.NETWORK, TestData.HOST, Period.from(TERM_START), false);
        first.decisions().vote(TestData.NETWORK, motion.id(), former, VoteOption.NO);
        first.decisions().vote(TestData.NETWORK, motion.id(), voters.get(0), VoteOption.YES);
        assertThat(second.decisions().tally(motion.id()).of(VoteOption.NO)).isEqualTo(1);

        // The head changes before the vote day, and voter 0's seat ends before it too.
        first.affiliations().end(formerHead.id(), VOTE_DAY.minusDays(10));
        first.affiliations()
                .affiliate(
                        next,
                        TestData.HOST,
                        AffiliationRole.HEAD,
                        Period.from(VOTE_DAY.minusDays(9)),
                        Optional.empty());
        var seatOfVoter0 = first.governance().boardOn(TestData.NETWORK, VOTE_DAY).seats().stream()
                .filter(s -> s.representative().equals(Optional.of(voters.get(0))))
                .findFirst()
                .orElseThrow();
        first.governance().endSeat(TestData.NETWORK, seatOfVoter0.id(), VOTE_DAY.minusDays(1));

        Tally tally = second.decisions().tally(motion.id());
        assertThat(tally.of(VoteOption.NO)).as("the former head sits no more").isZero();
        assertThat(tally.of(VoteOption.YES))
                .as("voter 0's seat ended before the day")
                .isZero();
        assertThat(tally.sitting()).isEqualTo(SITTING);
        assertThat(second.decisions()
                        .vote(TestData.NETWORK, motion.id(), next, VoteOption.YES)
                        .voter())
                .isEqualTo(next);
        assertThatThrownBy(() -> second.decisions().vote(TestData.NETWORK, motion.id(), voters.get(0), VoteOption.YES))
                .isInstanceOfSatisfying(VoteRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(VoteRefusedException.Reason.NOT_SITTING));
        assertThat(second.decisions().tally(motion.id()).of(VoteOption.YES)).isEqualTo(1);
    }

    @Test
    void anExOfficioSeatWithNobodySittingIsNotCountedForTheQuorum() {
        first.governance().appointExOfficio(TestData.NETWORK, TestData.HOST, Period.from(TERM_START), false);

        assertThat(second.decisions().tally(motion(first).id()).sitting()).isEqualTo(SITTING);
    }

    @Test
    void aPersonSittingOnTwoSeatsVotesForEachOnce() {
        first.governance()
                .appoint(TestData.NETWORK, TestData.HOST, Optional.of(voters.get(0)), Period.from(TERM_START), false);
        Motion motion = motion(first);

        Vote one = first.decisions().vote(TestData.NETWORK, motion.id(), voters.get(0), VoteOption.YES);
        Vote other = second.decisions().vote(TestData.NETWORK, motion.id(), voters.get(0), VoteOption.YES);

        assertThat(one.seat()).isNotEqualTo(other.seat());
        assertThatThrownBy(() -> first.decisions().vote(TestData.NETWORK, motion.id(), voters.get(0), VoteOption.NO))
                .isInstanceOfSatisfying(VoteRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(VoteRefusedException.Reason.ALREADY_VOTED));
        assertThat(second.decisions().tally(motion.id()).of(VoteOption.YES)).isEqualTo(2);
    }

    @Test
    void aMotionIsDecidedByTheRulesItWasProposedUnderAndItsDecisionKeepsItsCounts() {
        Motion motion = motion(first);
        first.decisions().setRules(TestData.NETWORK, new BoardRules(100, Majority.TWO_THIRDS));
        votes(motion, 5, 4, 0);

        assertThat(motion.rules()).isEqualTo(BoardRules.standard());
        Motion decided = second.decisions().decide(TestData.NETWORK, motion.id(), VOTE_DAY);
        assertThat(decided.decision().orElseThrow().passed())
                .as("5 to 4 under a simple majority")
                .isTrue();
        assertThat(decided.decision().orElseThrow().sitting()).isEqualTo(SITTING);

        first.governance().appointExOfficio(TestData.NETWORK, TestData.HOST, Period.from(TERM_START), false);
        Tally after = first.decisions().tally(motion.id());
        assertThat(after.of(VoteOption.YES)).isEqualTo(5);
        assertThat(after.sitting()).as("as it stood when decided").isEqualTo(SITTING);
        assertThat(first.decisions().motion(motion.id())).contains(decided);
    }

    @Test
    void aBoardMemberMayNotSetTheBoardsRules() {
        assertThatThrownBy(() -> second.as(Actor.boardMember(voters.get(0), TestData.NETWORK))
                        .decisions()
                        .setRules(TestData.NETWORK, new BoardRules(1, Majority.SIMPLE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(first.decisions().rules(TestData.NETWORK)).isEqualTo(BoardRules.standard());
    }

    @Test
    void votesRacingADecisionOnTwoNodesAreEachCountedByItOrRefusedAsDecided() throws Exception {
        Motion motion = motion(first);
        votes(motion, 9, 0, 0);

        var outcomes = race(first, second, (runtime, thread) -> {
            if (thread < THREADS - 9) {
                return runtime.decisions()
                        .vote(TestData.NETWORK, motion.id(), voters.get(9 + thread), VoteOption.NO)
                        .motion();
            }
            return runtime.decisions()
                    .decide(TestData.NETWORK, motion.id(), VOTE_DAY)
                    .id();
        });

        Races.losersGotClearErrors(outcomes, VoteRefusedException.class);
        assertThat(outcomes).flatExtracting(o -> o.error().stream().toList()).allSatisfy(e -> assertThat(
                        ((VoteRefusedException) e).reason())
                .isEqualTo(VoteRefusedException.Reason.DECIDED));
        long decisions = outcomes.stream()
                .filter(o -> o.thread() >= THREADS - 9 && o.value().isPresent())
                .count();
        assertThat(decisions).as("one decision").isEqualTo(1);
        var decision =
                first.decisions().motion(motion.id()).orElseThrow().decision().orElseThrow();
        int counted = decision.counts().stream()
                .mapToInt(org.chemnet.network.decision.Count::value)
                .sum();
        assertThat(counted)
                .as("every vote stored was cast before the decision and is in its counts")
                .isEqualTo(first.decisions().votes(motion.id()).size());
    }
}
