package org.chemnet.network.organization;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;

/**
 * Builds an {@link Organization}. Every setter rejects null; the rules are checked by validation, not here.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class OrganizationBuilder {
    private final OrganizationId id;
    private LocalizedText name;
    private final List<String> otherNames = new ArrayList<>();
    private Optional<String> acronym = Optional.empty();
    private OrganizationType type;
    private Optional<StakeholderCommunity> community = Optional.empty();
    private Optional<String> country = Optional.empty();
    private Optional<String> website = Optional.empty();
    private Optional<EnterpriseSize> size = Optional.empty();
    private final Set<SupplyChainPosition> supplyChainPositions = EnumSet.noneOf(SupplyChainPosition.class);
    private final List<String> sectors = new ArrayList<>();
    private final List<Identifier> identifiers = new ArrayList<>();
    private final List<ContactDetail> contactDetails = new ArrayList<>();
    private final List<FormerName> formerNames = new ArrayList<>();
    private Optional<LocalDate> dissolved = Optional.empty();

    OrganizationBuilder(OrganizationId id, LocalizedText name, OrganizationType type) {
        this.id = requireNonNull(id, "id");
        this.name = requireNonNull(name, "name");
        this.type = requireNonNull(type, "type");
    }

    OrganizationBuilder(Organization organization) {
        this(organization.id(), organization.name(), organization.type());
        otherNames.addAll(organization.otherNames());
        acronym = organization.acronym();
        community = organization.community();
        country = organization.country();
        website = organization.website();
        size = organization.size();
        supplyChainPositions.addAll(organization.supplyChainPositions());
        sectors.addAll(organization.sectors());
        identifiers.addAll(organization.identifiers());
        contactDetails.addAll(organization.contactDetails());
        formerNames.addAll(organization.formerNames());
        dissolved = organization.dissolved();
    }

    /**
     * Sets the name.
     *
     * @param name the name in one or more languages
     * @return this builder
     */
    public OrganizationBuilder name(LocalizedText name) {
        this.name = requireNonNull(name, "name");
        return this;
    }

    /**
     * Adds other names.
     *
     * @param names former names, translations, spellings
     * @return this builder
     */
    public OrganizationBuilder otherNames(String... names) {
        otherNames.addAll(Arrays.asList(names.clone()));
        otherNames.forEach(n -> requireNonNull(n, "otherNames"));
        return this;
    }

    /**
     * Sets the acronym.
     *
     * @param acronym the short name, such as {@code OECC}
     * @return this builder
     */
    public OrganizationBuilder acronym(String acronym) {
        this.acronym = Optional.of(acronym);
        return this;
    }

    /**
     * Sets the legal kind.
     *
     * @param type the kind
     * @return this builder
     */
    public OrganizationBuilder type(OrganizationType type) {
        this.type = requireNonNull(type, "type");
        return this;
    }

    /**
     * Sets the stakeholder community.
     *
     * @param community the community it speaks for
     * @return this builder
     */
    public OrganizationBuilder community(StakeholderCommunity community) {
        this.community = Optional.of(community);
        return this;
    }

    /**
     * Sets the country of its seat.
     *
     * @param country the ISO 3166-1 alpha-2 code, such as {@code JP}
     * @return this builder
     */
    public OrganizationBuilder country(String country) {
        this.country = Optional.of(country);
        return this;
    }

    /**
     * Sets the website.
     *
     * @param website an http or https URL
     * @return this builder
     */
    public OrganizationBuilder website(String website) {
        this.website = Optional.of(website);
        return this;
    }

    /**
     * Sets the size.
     *
     * @param size SME or large
     * @return this builder
     */
    public OrganizationBuilder size(EnterpriseSize size) {
        this.size = Optional.of(size);
        return this;
    }

    /**
     * Adds positions in the supply chain.
     *
     * @param positions where it stands
     * @return this builder
     */
    public OrganizationBuilder supplyChainPositions(SupplyChainPosition... positions) {
        supplyChainPositions.addAll(Arrays.asList(positions.clone()));
        return this;
    }

    /**
     * Adds sectors.
     *
     * @param sectorNames the sectors it works in
     * @return this builder
     */
    public OrganizationBuilder sectors(String... sectorNames) {
        sectors.addAll(List.of(sectorNames));
        return this;
    }

    /**
     * Adds an identifier.
     *
     * @param identifier the identifier in a register
     * @return this builder
     */
    public OrganizationBuilder identifier(Identifier identifier) {
        identifiers.add(requireNonNull(identifier, "identifier"));
        return this;
    }

    /**
     * Adds a contact detail.
     *
     * @param detail how to reach its office
     * @return this builder
     */
    public OrganizationBuilder contactDetail(ContactDetail detail) {
        contactDetails.add(requireNonNull(detail, "detail"));
        return this;
    }

    /**
     * Builds the organization. The builder can be used again.
     *
     * @return the organization; never null
     */
    public Organization build() {
        return new Organization(
                id,
                name,
                otherNames,
                acronym,
                type,
                community,
                country,
                website,
                size,
                supplyChainPositions,
                sectors,
                identifiers,
                contactDetails,
                formerNames,
                dissolved);
    }

    /**
     * Replaces the former names.
     *
     * @param names the names it had before, oldest first
     * @return this builder
     * @since 0.3.0
     */
    public OrganizationBuilder formerNames(List<FormerName> names) {
        List<FormerName> copy = List.copyOf(names);
        formerNames.clear();
        formerNames.addAll(copy);
        return this;
    }

    /**
     * Adds a former name, after those added before.
     *
     * @param name the name it had
     * @param lastDay the last day it had it
     * @return this builder
     * @since 0.3.0
     */
    public OrganizationBuilder formerName(LocalizedText name, LocalDate lastDay) {
        formerNames.add(new FormerName(name, lastDay));
        return this;
    }

    /**
     * Sets the day it was dissolved.
     *
     * @param day the first day it no longer exists
     * @return this builder
     * @since 0.3.0
     */
    public OrganizationBuilder dissolved(LocalDate day) {
        this.dissolved = Optional.of(requireNonNull(day, "day"));
        return this;
    }

    /**
     * Sets whether and when it was dissolved.
     *
     * @param day the first day it no longer exists, or empty if it exists
     * @return this builder
     * @since 0.3.0
     */
    public OrganizationBuilder dissolved(Optional<LocalDate> day) {
        this.dissolved = requireNonNull(day, "day");
        return this;
    }
}
