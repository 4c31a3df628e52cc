package org.chemnet.network.organization;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.internal.Checks;
import org.chemnet.network.validation.CountryCode;
import org.chemnet.network.validation.NameHistory;
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
 * @param formerNames the names it had before, oldest first (each ends before the next, see {@link FormerName});
 *     never null
 * @param dissolved the day it was dissolved, merged into another or split up: from that day it no longer exists;
 *     never null
 * @since 0.1.0
 */
@NameHistory
@API(status = STABLE, since = "0.1.0")
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
        List<@Valid ContactDetail> contactDetails,
        List<@Valid FormerName> formerNames,
        Optional<LocalDate> dissolved) {

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
        formerNames = List.copyOf(formerNames);
        requireNonNull(dissolved, "dissolved");
    }

    /**
     * The name it had on a day: the first former name whose last day is on or after the day, else the current name.
     * Before its first name and after its dissolution, the names are as on the nearest day it existed.
     *
     * @param day the day
     * @return the name; never null
     */
    public LocalizedText nameOn(LocalDate day) {
        requireNonNull(day, "day");
        for (FormerName former : formerNames) {
            if (!day.isAfter(former.lastDay())) {
                return former.name();
            }
        }
        return name;
    }

    /**
     * Tells whether it still existed on a day: it was not dissolved on or before it.
     *
     * @param day the day
     * @return true unless dissolved by then
     */
    public boolean existsOn(LocalDate day) {
        requireNonNull(day, "day");
        return dissolved.map(d -> day.isBefore(d)).orElse(true);
    }

    /**
     * This organization with a new name from a day: the current name becomes a former name whose last day is the day
     * before.
     *
     * @param newName the new name
     * @param from the first day of the new name
     * @return a new organization; never null
     */
    public Organization renamed(LocalizedText newName, LocalDate from) {
        requireNonNull(newName, "newName");
        requireNonNull(from, "from");
        List<FormerName> longer = new ArrayList<>(formerNames);
        longer.add(new FormerName(name, from.minusDays(1)));
        return toBuilder().name(newName).formerNames(longer).build();
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
