package org.chemnet.network.declaration;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * The declaration use cases: adopt a declaration at an event, endorse it or withdraw an endorsement, and list who
 * endorsed it on a day.
 *
 * <p>Get it from {@code NetworkRuntime.declarations()}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface Declarations {
    /**
     * Adopts a declaration at an event of the network.
     *
     * @param network the network
     * @param declaration the declaration, adopted on one of the event's days
     * @return the declaration; never null
     * @throws NotFoundException if the network, the event or an endorser is not stored
     * @throws NetworkValidationException if the declaration is not valid or not adopted during the event
     */
    Declaration adopt(NetworkId network, Declaration declaration);

    /**
     * An organization endorses a declaration from a day.
     *
     * @param declaration the declaration
     * @param organization the organization
     * @param on the first day of the endorsement
     * @return the declaration with the endorsement; never null
     * @throws EndorsementRefusedException if the organization already endorses it
     */
    Declaration endorse(DeclarationId declaration, OrganizationId organization, LocalDate on);

    /**
     * An organization withdraws its endorsement; it endorsed until the day before.
     *
     * @param declaration the declaration
     * @param organization the organization
     * @param on the first day without the endorsement
     * @return the declaration with the endorsement ended; never null
     * @throws EndorsementRefusedException if the organization does not endorse it
     */
    Declaration withdrawEndorsement(DeclarationId declaration, OrganizationId organization, LocalDate on);

    /**
     * The endorsements that stood on a day.
     *
     * @param declaration the declaration
     * @param day the day
     * @return the endorsements; never null
     * @throws NotFoundException if the declaration is not stored
     */
    List<Endorsement> endorsementsOn(DeclarationId declaration, LocalDate day);

    /**
     * A network's declarations.
     *
     * @param network the network
     * @return the declarations, by day of adoption; never null
     */
    List<Declaration> declarations(NetworkId network);
}
