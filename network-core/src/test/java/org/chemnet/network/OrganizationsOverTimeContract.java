package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.losersGotClearErrors;
import static org.chemnet.network.Races.race;
import static org.chemnet.network.Races.successes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.kernel.PageRequest;
import org.chemnet.network.membership.Application;
import org.chemnet.network.membership.ApplicationRefusedException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.organization.FormerName;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationChange;
import org.chemnet.network.organization.OrganizationChangeKind;
import org.chemnet.network.organization.OrganizationEndedException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.validation.NetworkValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Organizations over time through {@code runtime.organizations()}: renamed, merged, split and dissolved, with their
 * memberships and seats ended, their changes recorded and told, refusals that store nothing, and races of
 * {@value Races#THREADS} threads over two runtimes on one store.
 *
 * <p>A store's test extends this class and says how to make a fresh store and a second node over the same data.
 */
public abstract class OrganizationsOverTimeContract extends TwoNodes {
    private static final LocalDate DAY = LocalDate.of(2022, 4, 1);

    @BeforeEach
    void startingPoint() {
        first.networks().register(TestData.graph());
        listener.clear();
    }

    private static Organization newOrganization(String id, String name) {
        return Organization.builder(OrganizationId.of(id), LocalizedText.en(name), OrganizationType.ENTERPRISE)
                .country("JP")
                .build();
    }

    @Test
    void renamesWithTheFormerNameKeptAndTheNameOnEachDay() {
        LocalizedText newName = LocalizedText.en("Member Holdings");
        Organization renamed = first.organizations().rename(TestData.MEMBER, newName, DAY);

        assertThat(renamed.name()).isEqualTo(newName);
        assertThat(renamed.formerNames())
                .containsExactly(new FormerName(TestData.member().name(), DAY.minusDays(1)));
        Organization stored = second.directory().organization(TestData.MEMBER).orElseThrow();
        assertThat(stored).isEqualTo(renamed);
        assertThat(second.organizations().nameOn(TestData.MEMBER, DAY.minusDays(1)))
                .contains(TestData.member().name());
        assertThat(second.organizations().nameOn(TestData.MEMBER, DAY)).contains(newName);
        assertThat(second.organizations().history(TestData.MEMBER))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.kind()).isEqualTo(OrganizationChangeKind.RENAMED);
                    assertThat(change.on()).isEqualTo(DAY);
                    assertThat(change.originals()).containsExactly(TestData.MEMBER);
                    assertThat(change.results()).containsExactly(TestData.MEMBER);
                });
        assertThat(listener.events(ChangeEvent.OrganizationChanged.class)).hasSize(1);
        assertThat(listener.events(ChangeEvent.OrganizationChangeRecorded.class))
                .hasSize(1);
        assertThat(second.directory().search("Member Co", PageRequest.first(10)).items())
                .as("a former name is found by search")
                .extracting(Organization::id)
                .containsExactly(TestData.MEMBER);
        validator.check(first.networks().graph(TestData.NETWORK).orElseThrow());
    }

    @Test
    void refusesARenameBeforeTheLastOneWithTheRuleAndStoresNothing() {
        first.organizations().rename(TestData.MEMBER, LocalizedText.en("Second Name"), DAY);

        assertThatThrownBy(() -> first.organizations().rename(TestData.MEMBER, LocalizedText.en("Third"), DAY))
                .isInstanceOf(NetworkValidationException.class)
                .satisfies(e -> assertThat(((NetworkValidationException) e).violations())
                        .anySatisfy(v -> {
                            assertThat(v.path()).isEqualTo("formerNames[1].lastDay");
                            assertThat(v.rule()).isEqualTo("NameHistory");
                        }));
        assertThatThrownBy(() -> first.organizations().rename(TestData.MEMBER, LocalizedText.en(" "), DAY.plusDays(9)))
                .isInstanceOf(NetworkValidationException.class);
        assertThatThrownBy(() -> first.organizations().rename(OrganizationId.of("nobody"), LocalizedText.en("X"), DAY))
                .isInstanceOf(NotFoundException.class);
        assertThat(second.directory()
                        .organization(TestData.MEMBER)
                        .orElseThrow()
                        .formerNames())
                .hasSize(1);
        assertThat(second.organizations().history(TestData.MEMBER)).hasSize(1);
    }

    @Test
    void dissolvesEndingMembershipsOnTheDayAndSeatsTheDayBefore() {
        OrganizationChange change =
                first.organizations().dissolve(TestData.MEMBER, DAY, Optional.of("wound up by its owners"));

        assertThat(change.kind()).isEqualTo(OrganizationChangeKind.DISSOLVED);
        assertThat(change.results()).isEmpty();
        Organization stored = second.directory().organization(TestData.MEMBER).orElseThrow();
        assertThat(stored.dissolved()).contains(DAY);
        assertThat(stored.existsOn(DAY.minusDays(1))).isTrue();
        assertThat(stored.existsOn(DAY)).isFalse();
        Membership membership =
                second.directory().membership(TestData.activeMembership().id()).orElseThrow();
        assertThat(membership.status()).isEqualTo(MembershipStatus.WITHDRAWN);
        assertThat(membership.endedOn()).contains(DAY);
        BoardSeat seat = second.governance()
                .boardOn(TestData.NETWORK, DAY.minusDays(1))
                .seats()
                .get(0);
        assertThat(seat.term().end()).contains(DAY.minusDays(1));
        assertThat(second.governance().boardOn(TestData.NETWORK, DAY).seats()).isEmpty();
        assertThat(second.organizations().history(TestData.MEMBER)).containsExactly(change);
        assertThat(listener.events(ChangeEvent.MembershipChanged.class)).hasSize(1);
        assertThat(listener.events(ChangeEvent.BoardChanged.class)).hasSize(1);
        assertThat(listener.events(ChangeEvent.OrganizationChangeRecorded.class))
                .extracting(ChangeEvent.OrganizationChangeRecorded::change)
                .containsExactly(change);
        validator.check(first.networks().graph(TestData.NETWORK).orElseThrow());
    }

    @Test
    void refusesToDissolveTwiceOrToRenameWhatEnded() {
        first.organizations().dissolve(TestData.MEMBER, DAY, Optional.empty());

        assertThatThrownBy(() -> second.organizations().dissolve(TestData.MEMBER, DAY.plusDays(3), Optional.empty()))
                .isInstanceOf(OrganizationEndedException.class)
                .hasMessageContaining("dissolved on " + DAY);
        assertThatThrownBy(() -> second.organizations().rename(TestData.MEMBER, LocalizedText.en("Late"), DAY))
                .isInstanceOf(OrganizationEndedException.class);
        assertThat(second.organizations().history(TestData.MEMBER)).hasSize(1);
    }

    @Test
    void historyChangesOnlyThroughTheUseCases() {
        first.organizations().rename(TestData.MEMBER, LocalizedText.en("Member Holdings"), DAY);
        Organization stale = TestData.member().toBuilder()
                .website("https://member.example.org")
                .build();

        assertThatThrownBy(() -> second.networks().save(stale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runtime.organizations()");
        assertThatThrownBy(() -> second.networks().update(TestData.MEMBER, o -> o.toBuilder()
                        .dissolved(DAY)
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runtime.organizations()");
        Organization stored = second.directory().organization(TestData.MEMBER).orElseThrow();
        assertThat(stored.formerNames()).hasSize(1);
        assertThat(stored.dissolved()).isEmpty();
        assertThat(second.networks()
                        .update(TestData.MEMBER, o -> o.toBuilder()
                                .website("https://member.example.org")
                                .build())
                        .website())
                .contains("https://member.example.org");
    }

    @Test
    void refusesASeatForADissolvedOrganization() {
        first.organizations().dissolve(TestData.HOST, DAY, Optional.empty());

        assertThatThrownBy(() -> second.governance()
                        .appoint(
                                TestData.NETWORK, TestData.HOST, Optional.empty(), Period.from(DAY.plusDays(1)), false))
                .isInstanceOf(OrganizationEndedException.class)
                .hasMessageContaining("dissolved on " + DAY);
    }

    @Test
    void refusesToDissolveBeforeAMembershipEndedAndAnInvalidDescription() {
        first.participation().withdraw(TestData.activeMembership().id(), DAY.plusDays(30));

        assertThatThrownBy(() -> first.organizations().dissolve(TestData.MEMBER, DAY, Optional.empty()))
                .isInstanceOf(OrganizationEndedException.class)
                .hasMessageContaining(DAY.plusDays(30).toString());
        assertThatThrownBy(() -> first.organizations().dissolve(TestData.HOST, DAY, Optional.of("wound up\u0000")))
                .isInstanceOf(NetworkValidationException.class)
                .hasMessageContaining("description");
        assertThat(second.organizations().history(TestData.MEMBER)).isEmpty();
        assertThat(second.directory().organization(TestData.HOST).orElseThrow().dissolved())
                .isEmpty();
    }

    @Test
    void aContinuingOriginalTakesTheResultsNameAsARenameAndKeepsTheRest() {
        Organization host = second.directory().organization(TestData.HOST).orElseThrow();
        Organization given = host.toBuilder()
                .name(LocalizedText.en("Host and Member"))
                .website("https://elsewhere.example.org")
                .build();

        first.organizations().merge(List.of(TestData.HOST, TestData.MEMBER), given, DAY, Optional.empty());

        Organization stored = second.directory().organization(TestData.HOST).orElseThrow();
        assertThat(stored.name()).isEqualTo(given.name());
        assertThat(stored.nameOn(DAY.minusDays(1))).isEqualTo(host.name());
        assertThat(stored.website()).as("the stored values are kept").isEqualTo(host.website());
    }

    @Test
    void refusesAnApplicationOfADissolvedOrganization() {
        first.organizations().dissolve(TestData.MEMBER, DAY, Optional.empty());

        assertThatThrownBy(() -> second.participation()
                        .apply(Application.of(TestData.NETWORK, TestData.MEMBER, Optional.empty(), DAY.plusDays(1))))
                .isInstanceOf(ApplicationRefusedException.class)
                .satisfies(e -> assertThat(((ApplicationRefusedException) e).reason())
                        .isEqualTo(ApplicationRefusedException.Reason.ORGANIZATION_DISSOLVED));
    }

    @Test
    void sixteenApplicationsRacingADissolutionNeverLeaveAnOpenMembership() throws Exception {
        OrganizationId target =
                first.networks().save(newOrganization("applicant", "Applicant")).id();
        List<Races.Outcome<Object>> outcomes = race(
                first,
                second,
                (runtime, i) -> i == 0
                        ? runtime.organizations().dissolve(target, DAY.plusDays(1), Optional.empty())
                        : runtime.participation()
                                .apply(Application.of(TestData.NETWORK, target, Optional.empty(), DAY.plusDays(1))));

        losersGotClearErrors(outcomes, ApplicationRefusedException.class, ConcurrentUpdateException.class);
        assertThat(outcomes.get(0).value()).as("the dissolution succeeded").isPresent();
        assertThat(second.participation().history(target))
                .as("whatever applied before the dissolution was withdrawn by it")
                .allSatisfy(m -> assertThat(m.status().isFinal()).isTrue());
    }

    @Test
    void refusesToDissolveBeforeAMembershipChangeAndStoresNothing() {
        LocalDate early = TestData.activeMembership().latest().date().minusDays(1);

        assertThatThrownBy(() -> first.organizations().dissolve(TestData.MEMBER, early, Optional.empty()))
                .isInstanceOf(OrganizationEndedException.class)
                .hasMessageContaining(TestData.activeMembership().id().value());
        assertThat(second.directory()
                        .organization(TestData.MEMBER)
                        .orElseThrow()
                        .dissolved())
                .isEmpty();
        assertThat(second.directory()
                        .membership(TestData.activeMembership().id())
                        .orElseThrow()
                        .status())
                .isEqualTo(MembershipStatus.ACTIVE);
        assertThat(second.organizations().history(TestData.MEMBER)).isEmpty();
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void mergesIntoANewOrganizationThatResultedFromBoth() {
        Organization merged = newOrganization("merged", "Merged Group");

        OrganizationChange change = first.organizations()
                .merge(List.of(TestData.MEMBER, TestData.HOST), merged, DAY, Optional.of("merger of equals"));

        assertThat(change.originals()).containsExactly(TestData.MEMBER, TestData.HOST);
        assertThat(change.results()).containsExactly(merged.id());
        assertThat(second.directory().organization(merged.id())).contains(merged);
        assertThat(second.directory()
                        .organization(TestData.MEMBER)
                        .orElseThrow()
                        .dissolved())
                .contains(DAY);
        assertThat(second.directory().organization(TestData.HOST).orElseThrow().dissolved())
                .contains(DAY);
        assertThat(second.organizations().history(merged.id())).containsExactly(change);
        assertThat(second.organizations().history(TestData.HOST)).containsExactly(change);
    }

    @Test
    void mergesIntoOneOfTheOriginalsWhichContinues() {
        Organization host = second.directory().organization(TestData.HOST).orElseThrow();

        first.organizations().merge(List.of(TestData.HOST, TestData.MEMBER), host, DAY, Optional.empty());

        assertThat(second.directory().organization(TestData.HOST)).contains(host);
        assertThat(second.directory()
                        .organization(TestData.MEMBER)
                        .orElseThrow()
                        .dissolved())
                .contains(DAY);
    }

    @Test
    void refusesAMergerIntoAnotherStoredOrganizationOrOfTooFew() {
        Organization stored = newOrganization("bystander", "Bystander");
        first.networks().save(stored);

        assertThatThrownBy(() -> first.organizations()
                        .merge(List.of(TestData.HOST, TestData.MEMBER), stored, DAY, Optional.empty()))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("bystander");
        assertThatThrownBy(() -> first.organizations().merge(List.of(TestData.HOST), stored, DAY, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> first.organizations()
                        .merge(List.of(TestData.HOST, TestData.HOST), stored, DAY, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(second.directory()
                        .organization(TestData.MEMBER)
                        .orElseThrow()
                        .dissolved())
                .isEmpty();
        assertThat(second.organizations().history(TestData.HOST)).isEmpty();
    }

    @Test
    void splitsIntoNewOrganizationsOrSpinsOff() {
        Organization east = newOrganization("member-east", "Member East");
        Organization west = newOrganization("member-west", "Member West");

        OrganizationChange split =
                first.organizations().split(TestData.MEMBER, List.of(east, west), DAY, Optional.empty());

        assertThat(split.results()).containsExactly(east.id(), west.id());
        assertThat(second.directory()
                        .organization(TestData.MEMBER)
                        .orElseThrow()
                        .dissolved())
                .contains(DAY);
        assertThat(second.directory().organization(east.id())).contains(east);

        Organization host = second.directory().organization(TestData.HOST).orElseThrow();
        Organization spinOff = newOrganization("host-lab", "Host Lab");
        first.organizations().split(TestData.HOST, List.of(host, spinOff), DAY, Optional.empty());
        assertThat(second.directory().organization(TestData.HOST).orElseThrow().dissolved())
                .isEmpty();
        assertThat(second.organizations().history(spinOff.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.originals()).containsExactly(TestData.HOST));
    }

    @Test
    void refusesAnInvalidNewResultNamingTheField() {
        Organization invalid = Organization.builder(
                        OrganizationId.of("bad"), LocalizedText.en("Bad"), OrganizationType.ENTERPRISE)
                .country("japan")
                .build();
        Organization other = newOrganization("fine", "Fine");

        assertThatThrownBy(() ->
                        first.organizations().split(TestData.MEMBER, List.of(invalid, other), DAY, Optional.empty()))
                .isInstanceOf(NetworkValidationException.class)
                .hasMessageContaining("country");
        assertThat(second.directory().organization(other.id())).isEmpty();
        assertThat(second.directory()
                        .organization(TestData.MEMBER)
                        .orElseThrow()
                        .dissolved())
                .isEmpty();
    }

    @Test
    void sixteenRenamesOnDaysOfTheirOwnAllGetThroughInOrder() throws Exception {
        List<Races.Outcome<Organization>> outcomes = race(first, second, (runtime, i) -> runtime.organizations()
                .rename(TestData.MEMBER, LocalizedText.en("Name " + i), DAY.plusDays(10L * i)));

        // Each rename must be later than the one stored before it: those that come too late are refused by the
        // rule, never stored out of order; every reported success is kept.
        List<Organization> successes = successes(outcomes);
        assertThat(successes).isNotEmpty();
        losersGotClearErrors(outcomes, NetworkValidationException.class, ConcurrentUpdateException.class);
        Organization stored = second.directory().organization(TestData.MEMBER).orElseThrow();
        for (Organization success : successes) {
            assertThat(stored.name().equals(success.name())
                            || stored.formerNames().stream()
                                    .anyMatch(f -> f.name().equals(success.name())))
                    .as("rename to %s kept", success.name())
                    .isTrue();
        }
        assertThat(stored.formerNames()).hasSize(successes.size());
        assertThat(second.organizations().history(TestData.MEMBER)).hasSize(successes.size());
        validator.check(stored);
    }

    @Test
    void sixteenDissolutionsOfOneOrganizationEndItOnce() throws Exception {
        List<Races.Outcome<OrganizationChange>> outcomes = race(first, second, (runtime, i) -> runtime.organizations()
                .dissolve(TestData.MEMBER, DAY.plusDays(i), Optional.empty()));

        List<OrganizationChange> successes = successes(outcomes);
        assertThat(successes).hasSize(1);
        losersGotClearErrors(outcomes, OrganizationEndedException.class, ConcurrentUpdateException.class);
        Organization stored = second.directory().organization(TestData.MEMBER).orElseThrow();
        assertThat(stored.dissolved()).contains(successes.get(0).on());
        assertThat(second.directory()
                        .membership(TestData.activeMembership().id())
                        .orElseThrow()
                        .endedOn())
                .contains(successes.get(0).on());
        assertThat(second.organizations().history(TestData.MEMBER)).containsExactly(successes.get(0));
        validator.check(first.networks().graph(TestData.NETWORK).orElseThrow());
    }

    @Test
    void sixteenMergersOfOnePairHaveOneWinner() throws Exception {
        List<Races.Outcome<OrganizationChange>> outcomes = race(first, second, (runtime, i) -> runtime.organizations()
                .merge(
                        List.of(TestData.MEMBER, TestData.HOST),
                        newOrganization("merged-" + i, "Merged " + i),
                        DAY,
                        Optional.empty()));

        List<OrganizationChange> successes = successes(outcomes);
        assertThat(successes).hasSize(1);
        losersGotClearErrors(outcomes, OrganizationEndedException.class, ConcurrentUpdateException.class);
        OrganizationId winner = successes.get(0).results().get(0);
        for (int i = 0; i < THREADS; i++) {
            OrganizationId id = OrganizationId.of("merged-" + i);
            assertThat(second.directory().organization(id).isPresent())
                    .as("merged-%d stored", i)
                    .isEqualTo(id.equals(winner));
        }
        assertThat(second.organizations().history(TestData.HOST)).containsExactly(successes.get(0));
    }
}
