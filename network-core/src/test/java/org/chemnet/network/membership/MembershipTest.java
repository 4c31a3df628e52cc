package org.chemnet.network.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.chemnet.network.TestData;
import org.chemnet.network.common.Period;
import org.chemnet.network.kernel.NetworkException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MembershipTest {
    private static final LocalDate APPLIED = LocalDate.of(2019, 1, 10);

    private static Membership application() {
        return Membership.application(
                MembershipId.of("m"),
                TestData.NETWORK,
                TestData.MEMBER,
                MembershipRole.PARTICIPANT,
                Optional.empty(),
                APPLIED);
    }

    @Test
    void answersWhoTookPartOnEachDay() {
        Membership m = TestData.activeMembership()
                .moveTo(StatusChange.of(MembershipStatus.SUSPENDED, LocalDate.of(2020, 1, 1)))
                .moveTo(StatusChange.of(MembershipStatus.ACTIVE, LocalDate.of(2020, 3, 1)))
                .moveTo(StatusChange.of(MembershipStatus.WITHDRAWN, LocalDate.of(2021, 1, 1)));

        assertThat(m.statusOn(LocalDate.of(2019, 1, 9))).isEmpty();
        assertThat(m.statusOn(LocalDate.of(2019, 1, 10))).contains(MembershipStatus.APPLIED);
        assertThat(m.isActiveOn(LocalDate.of(2019, 1, 31))).isFalse();
        assertThat(m.isActiveOn(LocalDate.of(2019, 2, 1))).isTrue();
        assertThat(m.isActiveOn(LocalDate.of(2020, 1, 1))).isFalse();
        assertThat(m.isActiveOn(LocalDate.of(2020, 3, 9))).isTrue();
        assertThat(m.isActiveOn(LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(m.isActiveOn(LocalDate.of(2021, 1, 1))).isFalse();
        assertThat(m.status()).isEqualTo(MembershipStatus.WITHDRAWN);
        assertThat(m.since()).isEqualTo(APPLIED);
        assertThat(m.endedOn()).contains(LocalDate.of(2021, 1, 1));
    }

    @Test
    void activePeriodsRunToTheDayBeforeTheNextChange() {
        Membership m = TestData.activeMembership()
                .moveTo(StatusChange.of(MembershipStatus.SUSPENDED, LocalDate.of(2020, 1, 1)))
                .moveTo(StatusChange.of(MembershipStatus.ACTIVE, LocalDate.of(2020, 3, 1)))
                .moveTo(StatusChange.of(MembershipStatus.WITHDRAWN, LocalDate.of(2021, 1, 1)));

        assertThat(m.activePeriods())
                .containsExactly(
                        Period.of(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 12, 31)),
                        Period.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 12, 31)));
    }

    @Test
    void theLastActivePeriodIsOpenWhileActive() {
        assertThat(TestData.activeMembership().activePeriods()).containsExactly(Period.from(LocalDate.of(2019, 2, 1)));
    }

    @Test
    void aSameDayActiveStatusLeavesNoPeriod() {
        Membership m = TestData.activeMembership()
                .moveTo(StatusChange.of(MembershipStatus.SUSPENDED, LocalDate.of(2020, 1, 1)))
                .moveTo(StatusChange.of(MembershipStatus.ACTIVE, LocalDate.of(2020, 3, 1)))
                .moveTo(StatusChange.of(MembershipStatus.WITHDRAWN, LocalDate.of(2020, 3, 1)));

        assertThat(m.activePeriods()).containsExactly(Period.of(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 12, 31)));
        assertThat(m.isActiveOn(LocalDate.of(2020, 3, 1))).isFalse();
        assertThat(application().activePeriods()).isEmpty();
    }

    @Test
    void anOpenMembershipHasNotEnded() {
        assertThat(application().endedOn()).isEmpty();
        assertThat(application().status().isOpen()).isTrue();
    }

    @Test
    void refusesAnIllegalTransitionNamingBothStatuses() {
        assertThatThrownBy(() -> application().moveTo(StatusChange.of(MembershipStatus.SUSPENDED, APPLIED)))
                .isInstanceOf(IllegalMembershipTransitionException.class)
                .isInstanceOf(NetworkException.class)
                .hasMessage("membership m cannot move from APPLIED to SUSPENDED; from APPLIED it can move to"
                        + " [APPROVED, WITHDRAWN, REJECTED]")
                .satisfies(e -> {
                    IllegalMembershipTransitionException t = (IllegalMembershipTransitionException) e;
                    assertThat(t.from()).isEqualTo(MembershipStatus.APPLIED);
                    assertThat(t.to()).isEqualTo(MembershipStatus.SUSPENDED);
                });
    }

    @Test
    void refusesAnyMoveFromAFinalStatus() {
        Membership rejected = application().moveTo(StatusChange.of(MembershipStatus.REJECTED, APPLIED));
        assertThatThrownBy(() -> rejected.moveTo(StatusChange.of(MembershipStatus.APPROVED, APPLIED)))
                .hasMessageContaining("it can move to nothing (it is final)");
    }

    @Test
    void refusesAChangeDatedBeforeTheLatest() {
        assertThatThrownBy(() -> application().moveTo(StatusChange.of(MembershipStatus.APPROVED, APPLIED.minusDays(1))))
                .isInstanceOf(IllegalMembershipTransitionException.class)
                .hasMessageContaining("history cannot go back in time");
    }

    @ParameterizedTest
    @EnumSource(MembershipStatus.class)
    void finalStatusesAreExactlyWithdrawnAndRejected(MembershipStatus status) {
        assertThat(status.isFinal())
                .isEqualTo(status == MembershipStatus.WITHDRAWN || status == MembershipStatus.REJECTED);
        assertThat(status.isOpen()).isNotEqualTo(status.isFinal());
    }

    @Test
    void suspendedCanBeReinstated() {
        assertThat(MembershipStatus.SUSPENDED.canMoveTo(MembershipStatus.ACTIVE))
                .isTrue();
        assertThat(MembershipStatus.ACTIVE.canMoveTo(MembershipStatus.APPLIED)).isFalse();
    }

    @Test
    void versionIsKeptAndCannotBeNegative() {
        assertThat(application().withVersion(3).version()).isEqualTo(3);
        assertThatThrownBy(() -> application().withVersion(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("version must not be negative, but was -1");
    }

    @Test
    void policyAdmitsOnlyEligibleTypes() {
        MembershipPolicy policy = TestData.policy();
        assertThat(policy.admits(org.chemnet.network.organization.OrganizationType.NGO))
                .isTrue();
        assertThat(policy.admits(org.chemnet.network.organization.OrganizationType.GOVERNMENT_BODY))
                .isFalse();
    }
}
