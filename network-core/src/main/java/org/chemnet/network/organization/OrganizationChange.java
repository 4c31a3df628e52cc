package org.chemnet.network.organization;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;
import org.chemnet.network.validation.PlainText;

/**
 * A dated change of one or more organizations, as the W3C Organization Ontology's {@code org:ChangeEvent}: the
 * organizations before it ({@code org:originalOrganization}) and after it (the results, each of which
 * {@code org:resultedFrom} it). A rename or an update has the organization as both; a dissolution has no result.
 *
 * @param id the change's identifier, a UUID the use case draws; never null
 * @param kind what happened; never null
 * @param on the day it took effect: the first day of the new names and organizations, the first day the ended ones
 *     no longer exist; never null
 * @param originals the organizations before, at least one; never null
 * @param results the organizations after; empty for a dissolution; never null
 * @param description what happened, in words, where given; never null
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public record OrganizationChange(
        String id,
        OrganizationChangeKind kind,
        LocalDate on,
        List<OrganizationId> originals,
        List<OrganizationId> results,
        Optional<@PlainText(max = 1000) String> description) {
    /**
     * Creates a change.
     *
     * @throws NullPointerException if a component is null or a list holds null
     * @throws IllegalArgumentException if there is no original
     */
    public OrganizationChange {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(on, "on");
        originals = List.copyOf(originals);
        results = List.copyOf(results);
        requireNonNull(description, "description");
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("a change of organizations needs at least one original");
        }
    }

    /**
     * A new change with a random identifier.
     *
     * @param kind what happened
     * @param on the day it took effect
     * @param originals the organizations before
     * @param results the organizations after
     * @param description what happened, in words, where given
     * @return the change; never null
     */
    public static OrganizationChange of(
            OrganizationChangeKind kind,
            LocalDate on,
            List<OrganizationId> originals,
            List<OrganizationId> results,
            Optional<String> description) {
        return new OrganizationChange(UUID.randomUUID().toString(), kind, on, originals, results, description);
    }

    /**
     * Tells whether an organization is an original or a result of this change.
     *
     * @param organization the organization
     * @return true if it took part
     */
    public boolean involves(OrganizationId organization) {
        return originals.contains(organization) || results.contains(organization);
    }
}
