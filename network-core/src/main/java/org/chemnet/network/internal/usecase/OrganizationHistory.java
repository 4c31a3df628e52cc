package org.chemnet.network.internal.usecase;

import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationEndedException;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;

/**
 * The rule that an organization's history (its former names and the day it was dissolved) changes only through
 * {@code runtime.organizations()}, which records each change and ends what a dissolution ends; and the guard that
 * keeps what a dissolved organization holds from growing after it. Not part of the API.
 */
final class OrganizationHistory {
    private OrganizationHistory() {}

    /**
     * Refuses a replacement of a stored organization that changes its history.
     *
     * @param stored the organization as stored
     * @param replacement what would replace it
     * @throws IllegalArgumentException if the former names or the day of dissolution differ
     */
    static void requireUnchanged(Organization stored, Organization replacement) {
        if (!stored.formerNames().equals(replacement.formerNames())
                || !stored.dissolved().equals(replacement.dissolved())) {
            throw new IllegalArgumentException("organization " + stored.id()
                    + ": its former names and day of dissolution change only through runtime.organizations()"
                    + " (rename, merge, split, dissolve), which records the change; stored "
                    + stored.formerNames() + " and " + stored.dissolved() + ", given " + replacement.formerNames()
                    + " and " + replacement.dissolved());
        }
    }

    /**
     * An organization with the history of the stored one: what an import that updates shared organizations stores.
     *
     * @param stored the organization as stored
     * @param incoming the values an import brings
     * @return the incoming values with the stored former names and day of dissolution
     */
    static Organization carriedOver(Organization stored, Organization incoming) {
        return incoming.toBuilder()
                .formerNames(stored.formerNames())
                .dissolved(stored.dissolved())
                .build();
    }

    /**
     * Refuses to let a dissolved organization take on something new (a membership, a seat), and advances the
     * organization's version, so that the new thing and a dissolution of the organization at once never both
     * succeed: the dissolution would miss it.
     *
     * @param tx the transaction
     * @param stored the organization with its version
     * @param what what it would take on, in words, for the message
     * @throws OrganizationEndedException if the organization is dissolved
     */
    static void requireExistingAndHold(StoreTransaction tx, Versioned<Organization> stored, String what) {
        Organization organization = stored.value();
        if (organization.dissolved().isPresent()) {
            throw new OrganizationEndedException("organization " + organization.id() + " cannot take " + what
                    + ": it was dissolved on " + organization.dissolved().get());
        }
        long unused = tx.organizations().update(organization, stored.version());
    }
}
