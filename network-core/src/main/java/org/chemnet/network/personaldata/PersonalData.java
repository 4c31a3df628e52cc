package org.chemnet.network.personaldata;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.PersonId;

/**
 * The personal-data use cases: hand a person everything stored about them, and erase it on request. Erasure keeps the
 * organizations' history intact and correct: memberships and board seats still say a person was the contact or the
 * representative, but the person's record keeps nothing but its identifier, their subscriptions are deleted, the
 * mails still pending to them (newsletter issues and notices) are dropped from the outbox, and those already sent are
 * kept as a record of the sending without their address or name.
 *
 * <p>Get it from {@code NetworkRuntime.personalData()}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface PersonalData {
    /**
     * Everything stored about a person.
     *
     * @param person the person
     * @return the export; never null
     * @throws NotFoundException if the person is not stored
     */
    PersonalDataExport export(PersonId person);

    /**
     * Erases a person's personal data.
     *
     * @param person the person
     * @throws NotFoundException if the person is not stored
     */
    void erase(PersonId person);
}
