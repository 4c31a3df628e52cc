package org.chemnet.network.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.junit.jupiter.api.Test;

class OrganizationTest {
    @Test
    void builderKeepsEveryPartAndToBuilderRoundTrips() {
        Organization o = Organization.builder(
                        OrganizationId.of("oecc"), LocalizedText.en("OECC"), OrganizationType.OTHER)
                .type(OrganizationType.NPO)
                .name(LocalizedText.jaEn("海外環境協力センター", "Overseas Environmental Cooperation Center"))
                .otherNames("Overseas Environmental Cooperation Center, Japan")
                .acronym("OECC")
                .community(StakeholderCommunity.CIVIL_SOCIETY)
                .country("JP")
                .website("http://www.oecc.or.jp")
                .size(EnterpriseSize.SME)
                .supplyChainPositions(SupplyChainPosition.DOWNSTREAM, SupplyChainPosition.UPSTREAM)
                .sectors("environment")
                .identifier(Identifier.of("lei", "HWUPKR0MPOU8FGXBT394"))
                .contactDetail(ContactDetail.of(ContactType.URL, "http://www.oecc.or.jp"))
                .build();

        assertThat(o.type()).isEqualTo(OrganizationType.NPO);
        assertThat(o.acronym()).contains("OECC");
        assertThat(o.supplyChainPositions())
                .containsExactly(SupplyChainPosition.UPSTREAM, SupplyChainPosition.DOWNSTREAM);
        assertThat(o.toBuilder().build()).isEqualTo(o);
        assertThatThrownBy(() -> o.otherNames().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNullsNamingTheParameter() {
        assertThatThrownBy(() -> Organization.builder(null, LocalizedText.en("x"), OrganizationType.NGO))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> TestData.member().toBuilder().acronym(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void identifiersHaveAWellFormedText() {
        assertThat(OrganizationId.of("oecc").value()).isEqualTo("oecc");
        assertThat(OrganizationId.random().value()).hasSize(36);
        assertThat(OrganizationId.of("a").compareTo(OrganizationId.of("b"))).isNegative();
        assertThatThrownBy(() -> OrganizationId.of("has space"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("organizationId must be 1 to 128 letters, digits or . _ : - and start with a letter or"
                        + " digit, but was 'has space'");
        assertThatThrownBy(() -> PersonId.of("x\n")).hasMessageContaining("but was 'x?'");
        assertThatThrownBy(() -> PersonId.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGraphReplacesAnOrganizationByIdentifierOrAddsIt() {
        var graph = TestData.graph();
        Organization renamed =
                TestData.member().toBuilder().name(LocalizedText.en("Renamed")).build();
        Organization added = Organization.builder(
                        OrganizationId.of("new"), LocalizedText.en("New"), OrganizationType.NGO)
                .build();

        assertThat(graph.withOrganization(renamed).organizations()).containsExactly(TestData.host(), renamed);
        assertThat(graph.withOrganization(added).organizations())
                .containsExactly(TestData.host(), TestData.member(), added);
        assertThat(graph.organizations()).containsExactly(TestData.host(), TestData.member());
    }

    @Test
    void erasingAPersonKeepsOnlyTheIdentifier() {
        Person p = new Person(
                PersonId.of("p1"),
                "Hanako Yamada",
                java.util.Optional.of("Director"),
                java.util.Optional.of("hanako@example.org"),
                java.util.Optional.of("ja"));
        assertThat(p.isErased()).isFalse();
        assertThat(p.erased()).isEqualTo(Person.of(PersonId.of("p1"), Person.ERASED_NAME));
        assertThat(p.erased().isErased()).isTrue();
    }
}
