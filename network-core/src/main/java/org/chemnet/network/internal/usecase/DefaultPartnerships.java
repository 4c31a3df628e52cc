package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.Period;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.membership.PartnershipRefusedException;
import org.chemnet.network.membership.Partnerships;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.spi.Versioned;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;

/**
 * The partnership use cases. A partner is a versioned row keyed by network and organization: allying inserts it, or
 * replaces an ended one with the version read; ending it writes it with the version read. A write that another
 * writer overtook runs again, reads what the winner stored, and is refused then. Not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class DefaultPartnerships implements Partnerships {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultPartnerships(UseCases context) {
        this.context = context;
    }

    @Override
    public Partner ally(NetworkId network, Partner partner) {
        requireNonNull(network, "network");
        requireNonNull(partner, "partner");
        context.validator.check(partner);
        Period period = partner.period()
                .orElseThrow(() -> new NetworkValidationException(List.of(new Violation(
                        "period", "NotNull", "must be given: the partnership's first day, and its last if known"))));
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_PARTNERSHIP, EntityKind.ORGANIZATION, partner.organization(), network);
            UseCases.requireNetwork(tx, network);
            UseCases.requireOrganization(tx, partner.organization());
            Optional<Versioned<Partner>> stored = tx.content().partner(network, partner.organization());
            if (stored.isEmpty()) {
                tx.content().insertPartner(network, partner);
            } else {
                Partner before = stored.get().value();
                Optional<LocalDate> lastDay = before.period().flatMap(Period::end);
                if (lastDay.isEmpty() || !lastDay.get().isBefore(period.start())) {
                    throw new PartnershipRefusedException("organization '" + partner.organization()
                            + "' is a partner of network '" + network + "' already (" + describe(before)
                            + "): it can ally again only from a day after its partnership ends, not from "
                            + period.start());
                }
                tx.content().updatePartner(network, partner, stored.get().version());
            }
            events.add(new ChangeEvent.PartnerAllied(network, partner));
            return partner;
        });
    }

    @Override
    public Partner endPartnership(NetworkId network, OrganizationId organization, LocalDate lastDay) {
        requireNonNull(network, "network");
        requireNonNull(organization, "organization");
        requireNonNull(lastDay, "lastDay");
        return context.change((tx, events) -> {
            context.authorize(Action.CHANGE_PARTNERSHIP, EntityKind.ORGANIZATION, organization, network);
            UseCases.requireNetwork(tx, network);
            UseCases.requireOrganization(tx, organization);
            Versioned<Partner> read = tx.content()
                    .partner(network, organization)
                    .orElseThrow(() -> new PartnershipRefusedException("organization '" + organization
                            + "' is not a partner of network '" + network + "': there is no partnership to end"));
            Partner stored = read.value();
            Period period = stored.period()
                    .orElseThrow(() -> new PartnershipRefusedException("the partnership of organization '"
                            + organization + "' with network '" + network
                            + "' has no known first day, so no last day can be recorded"));
            if (period.end().isPresent()) {
                throw new PartnershipRefusedException(
                        "the partnership of organization '" + organization + "' with network '" + network
                                + "' ended already on " + period.end().get());
            }
            if (lastDay.isBefore(period.start())) {
                throw new NetworkValidationException(List.of(new Violation(
                        "lastDay",
                        "Chronological",
                        "must be on or after the partnership's first day " + period.start() + ", but was " + lastDay)));
            }
            // With the version read: a partnership ended and allied again in between is not this one to end.
            Partner ended = new Partner(organization, stored.relationship(), Optional.of(period.endingOn(lastDay)));
            long unused = tx.content().updatePartner(network, ended, read.version());
            events.add(new ChangeEvent.PartnershipEnded(network, ended));
            return ended;
        });
    }

    @Override
    public List<Partner> partnersOn(NetworkId network, LocalDate day) {
        requireNonNull(network, "network");
        requireNonNull(day, "day");
        return context.store.read(r -> r.content().partners(network)).stream()
                .filter(p -> p.period().map(period -> period.covers(day)).orElse(true))
                .toList();
    }

    private static String describe(Partner partner) {
        return partner.period()
                .map(p -> "since " + p.start()
                        + p.end().map(last -> ", until " + last).orElse(", open"))
                .orElse("since a day not known");
    }
}
