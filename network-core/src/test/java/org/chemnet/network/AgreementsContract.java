package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.race;
import static org.chemnet.network.Races.successes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.membership.Agreement;
import org.chemnet.network.membership.Application;
import org.chemnet.network.membership.ApplicationRefusedException;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipPolicy;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The membership policy honoured through {@code runtime.participation()}: an application records the agreement it
 * gives (text, version, day), a new version of the purpose asks the participants to agree again, and
 * {@value Races#THREADS} organizations agreeing at once on two runtimes over one store are all recorded.
 *
 * <p>A store's test extends this class and says how to make a fresh store and a second node over the same data.
 */
public abstract class AgreementsContract extends TwoNodes {
    private static final LocalDate DAY = LocalDate.of(2021, 5, 10);
    private static final LocalizedText PURPOSE =
            TestData.policy().requiredAgreement().orElseThrow();
    private static final LocalizedText PURPOSE_2024 =
            LocalizedText.en("I agree to the purpose of the network, as revised in 2024");

    private final List<OrganizationId> applicants = new ArrayList<>();

    @BeforeEach
    void startingPoint() {
        first.networks().register(TestData.graph());
        for (int i = 0; i < THREADS; i++) {
            OrganizationId id = OrganizationId.of("participant-" + (i < 10 ? "0" : "") + i);
            first.networks()
                    .save(Organization.builder(id, LocalizedText.en("Participant " + i), OrganizationType.NGO)
                            .country("JP")
                            .build());
            Membership applied =
                    first.participation().apply(Application.of(TestData.NETWORK, id, Optional.empty(), DAY));
            first.participation().approve(applied.id(), DAY);
            applicants.add(id);
        }
        listener.clear();
    }

    private void revisePurpose() {
        first.networks().update(TestData.NETWORK, n -> n.withPolicy(n.policy().withAgreement(PURPOSE_2024, "2024")));
    }

    @Test
    void anApplicationRecordsTheAgreementItGivesAndANewVersionAsksForItAgain() {
        OrganizationId participant = applicants.get(0);
        assertThat(second.participation().agreements(TestData.NETWORK, participant))
                .containsExactly(new Agreement(TestData.NETWORK, participant, PURPOSE, Optional.empty(), DAY));
        // The member registered with the network never agreed through an application.
        assertThat(second.participation().agreementsOwed(TestData.NETWORK, DAY)).containsExactly(TestData.MEMBER);

        revisePurpose();

        List<OrganizationId> owed = new ArrayList<>(applicants);
        owed.add(TestData.MEMBER);
        assertThat(second.participation().agreementsOwed(TestData.NETWORK, DAY))
                .containsExactlyInAnyOrderElementsOf(owed);
        Agreement again = second.participation().agree(TestData.NETWORK, participant, DAY.plusDays(30));

        assertThat(again)
                .isEqualTo(new Agreement(
                        TestData.NETWORK, participant, PURPOSE_2024, Optional.of("2024"), DAY.plusDays(30)));
        assertThat(first.participation().agreements(TestData.NETWORK, participant))
                .extracting(Agreement::version)
                .containsExactly(Optional.empty(), Optional.of("2024"));
        assertThat(first.participation().agreementsOwed(TestData.NETWORK, DAY.plusDays(30)))
                .doesNotContain(participant);
        // As of a day before it agreed again, it still owed it.
        assertThat(first.participation().agreementsOwed(TestData.NETWORK, DAY.plusDays(29)))
                .contains(participant);
        assertThat(first.changes()
                        .audit(org.chemnet.network.change.AuditQuery.all()
                                .of(org.chemnet.network.access.EntityRef.of(
                                        org.chemnet.network.access.EntityKind.ORGANIZATION, participant))))
                .extracting(c -> c.kind())
                .contains("AgreementRecorded");
    }

    @Test
    void agreeingIsRefusedWithoutAnOpenMembershipOrAnAgreementToGive() {
        OrganizationId outsider = OrganizationId.of("outsider");
        first.networks()
                .save(Organization.builder(outsider, LocalizedText.en("Outsider"), OrganizationType.NGO)
                        .country("JP")
                        .build());

        assertThatThrownBy(() -> first.participation().agree(TestData.NETWORK, outsider, DAY))
                .isInstanceOf(ApplicationRefusedException.class)
                .hasMessageContaining("outsider holds no application or participation")
                .extracting(e -> ((ApplicationRefusedException) e).reason())
                .isEqualTo(ApplicationRefusedException.Reason.NOT_A_PARTICIPANT);
        first.participation()
                .withdraw(
                        second.participation().history(applicants.get(1)).get(0).id(), DAY.plusDays(1));
        assertThatThrownBy(() -> first.participation().agree(TestData.NETWORK, applicants.get(1), DAY.plusDays(2)))
                .isInstanceOf(ApplicationRefusedException.class);
        MembershipPolicy none = new MembershipPolicy(
                true,
                TestData.policy().eligibleTypes(),
                TestData.policy().fee(),
                Optional.empty(),
                TestData.policy().approver());
        first.networks().update(TestData.NETWORK, n -> n.withPolicy(none));
        assertThatThrownBy(() -> first.participation().agree(TestData.NETWORK, applicants.get(0), DAY))
                .isInstanceOf(ApplicationRefusedException.class)
                .hasMessageContaining("requires no agreement");
        assertThat(second.participation().agreementsOwed(TestData.NETWORK, DAY)).isEmpty();
        assertThat(second.participation().agreements(TestData.NETWORK, applicants.get(0)))
                .hasSize(1);
        assertThat(second.participation().agreements(TestData.NETWORK, outsider))
                .isEmpty();
    }

    @Test
    void sixteenOrganizationsAgreeingAtOnceOnTwoNodesAreAllRecorded() throws Exception {
        revisePurpose();

        var outcomes = race(first, second, (runtime, thread) -> runtime.participation()
                .agree(TestData.NETWORK, applicants.get(thread), DAY.plusDays(1)));

        assertThat(successes(outcomes)).hasSize(THREADS);
        assertThat(second.participation().agreementsOwed(TestData.NETWORK, DAY.plusDays(1)))
                .containsExactly(TestData.MEMBER);
        for (OrganizationId id : applicants) {
            assertThat(first.participation().agreements(TestData.NETWORK, id))
                    .extracting(Agreement::version)
                    .containsExactly(Optional.empty(), Optional.of("2024"));
        }
    }
}
