package org.chemnet.network.organization;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.internal.Checks;
import org.chemnet.network.validation.CountryCode;
import org.chemnet.network.validation.PlainText;
import org.chemnet.network.validation.WebAddress;

/**
 * A legal body that can take part in a network: an enterprise, an industry group, a research institution, an NGO,
 * a government body or an international organization. Never a person.
 *
 * <p>Use {@link #builder(OrganizationId, LocalizedText, OrganizationType)}: most parts are optional.
 *
 * @param id the identifier; never null
 * @param name the name in one or more languages; never null
 * @param otherNames former names, translations and spellings that are not the official name; never null
 * @param acronym the short name, such as {@code OECC}; never null
 * @param type the legal kind; never null
 * @param community the stakeholder community it speaks for, if known; never null
 * @param country the ISO 3166-1 alpha-2 code of its seat; empty for international bodies; never null
 * @param website its website, http or https; never null
 * @param size SME or large, for enterprises; never null
 * @param supplyChainPositions where it stands in the chemical supply chain; never null
 * @param sectors the sectors it works in, such as "electronics"; never null
 * @param identifiers its identifiers in registers; never null
 * @param contactDetails how to reach its office; never null
 * @since 0.1.0
 */
public record Organization(
        OrganizationId id,
        @Valid LocalizedText name,
        List<@PlainText(max = 300) String> otherNames,
        Optional<@PlainText(max = 30) String> acronym,
        OrganizationType type,
        Optional<StakeholderCommunity> community,
        Optional<@CountryCode String> country,
        Optional<@WebAddress String> website,
        Optional<EnterpriseSize> size,
        Set<SupplyChainPosition> supplyChainPositions,
        List<@PlainText(max = 100) String> sectors,
        List<@Valid Identifier> identifiers,
        List<@Valid ContactDetail> contactDetails) {

    /**
     * Creates an organization.
     *
     * @throws NullPointerException if a component is null or a collection holds null
     */
    public Organization {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        otherNames = List.copyOf(otherNames);
        requireNonNull(acronym, "acronym");
        requireNonNull(type, "type");
        requireNonNull(community, "community");
        requireNonNull(country, "country");
        requireNonNull(website, "website");
        requireNonNull(size, "size");
        supplyChainPositions = Checks.enumSet(supplyChainPositions, SupplyChainPosition.class);
        sectors = List.copyOf(sectors);
        identifiers = List.copyOf(identifiers);
        contactDetails = List.copyOf(contactDetails);
    }

    /**
     * Starts an organization with what every organization has.
     *
     * @param id the identifier
     * @param name the name
     * @param type the legal kind
     * @return a builder; never null
     */
    public static OrganizationBuilder builder(OrganizationId id, LocalizedText name, OrganizationType type) {
        return new OrganizationBuilder(id, name, type);
    }

    /**
     * A builder holding this organization's parts, to change some of them.
     *
     * @return a builder; never null
     */
    public OrganizationBuilder toBuilder() {
        return new OrganizationBuilder(this);
    }
}
