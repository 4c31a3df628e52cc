package org.chemnet.network.graph;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.MembershipPolicy;
import org.chemnet.network.validation.CountryCode;
import org.chemnet.network.validation.PlainText;
import org.chemnet.network.validation.WebAddress;

/**
 * A network of organizations working on chemical management: its names, purpose, reach, principles and who may
 * take part.
 *
 * <p>Who takes part, the board, activities and events are kept beside the network, not in it; {@link NetworkGraph}
 * puts them together.
 *
 * @param id the identifier; never null
 * @param name the name in one or more languages; never null
 * @param acronym the short name, such as {@code ICCSS}; never null
 * @param scope national, regional or global; never null
 * @param country the ISO 3166-1 alpha-2 code, for a national network; never null
 * @param purpose why it exists; never null
 * @param founded the year it was founded, where known; never null
 * @param focusRegions the regions it focuses on, such as "East Asia"; never null
 * @param principles the principles it works by; never null
 * @param policy who may take part and how; never null
 * @param website its website; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Network(
        NetworkId id,
        @Valid LocalizedText name,
        Optional<@PlainText(max = 30) String> acronym,
        Scope scope,
        Optional<@CountryCode String> country,
        @Valid LocalizedText purpose,
        Optional<Year> founded,
        List<@PlainText(max = 100) String> focusRegions,
        List<@Valid LocalizedText> principles,
        @Valid MembershipPolicy policy,
        Optional<@WebAddress String> website) {

    /**
     * Creates a network.
     *
     * @throws NullPointerException if a component is null or a list holds null
     */
    public Network {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(acronym, "acronym");
        requireNonNull(scope, "scope");
        requireNonNull(country, "country");
        requireNonNull(purpose, "purpose");
        requireNonNull(founded, "founded");
        focusRegions = List.copyOf(focusRegions);
        principles = List.copyOf(principles);
        requireNonNull(policy, "policy");
        requireNonNull(website, "website");
    }

    /**
     * This network with another membership policy, such as a new version of the agreement it requires.
     *
     * @param newPolicy the policy
     * @return a network like this one; never null
     * @since 0.4.0
     */
    public Network withPolicy(MembershipPolicy newPolicy) {
        return new Network(
                id, name, acronym, scope, country, purpose, founded, focusRegions, principles, newPolicy, website);
    }
}
