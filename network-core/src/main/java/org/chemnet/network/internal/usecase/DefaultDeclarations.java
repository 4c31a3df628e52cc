package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.declaration.Declarations;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.declaration.EndorsementRefusedException;
import org.chemnet.network.event.Event;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;

/** The declaration use cases. Not part of the API. */
@API(status = INTERNAL, since = "0.1.0")
public final class DefaultDeclarations implements Declarations {
    private final UseCases context;

    /**
     * Creates the use case.
     *
     * @param context the shared context
     */
    public DefaultDeclarations(UseCases context) {
        this.context = context;
    }

    @Override
    public Declaration adopt(NetworkId network, Declaration declaration) {
        context.validator.check(declaration);
        return context.change((tx, events) -> {
            context.authorize(Action.ADOPT_DECLARATION, EntityKind.DECLARATION, declaration.id(), network);
            UseCases.requireNetwork(tx, network);
            Event event = tx.content()
                    .event(declaration.adoptedAt())
                    .orElseThrow(() -> new NotFoundException("event", declaration.adoptedAt()));
            if (!event.dates().covers(declaration.adoptedOn())) {
                throw new NetworkValidationException(List.of(new Violation(
                        "adoptedOn",
                        "ConsistentGraph",
                        "must be one of the days of the event it was adopted at ("
                                + event.dates().start() + " to "
                                + event.dates().end().map(LocalDate::toString).orElse("open") + ")")));
            }
            if (tx.content().declaration(declaration.id()).isPresent()) {
                throw new NetworkException("declaration '" + declaration.id() + "' is adopted already");
            }
            declaration.endorsements().forEach(e -> UseCases.requireOrganization(tx, e.organization()));
            tx.content().insertDeclaration(network, declaration);
            events.add(new ChangeEvent.DeclarationAdopted(network, declaration));
            return declaration;
        });
    }

    @Override
    public Declaration endorse(DeclarationId id, OrganizationId organization, LocalDate on) {
        requireNonNull(organization, "organization");
        requireNonNull(on, "on");
        return context.change((tx, events) -> {
            context.authorize(Action.ENDORSE, EntityKind.DECLARATION, id, networkOf(tx, id));
            Declaration declaration = declaration(tx, id);
            UseCases.requireOrganization(tx, organization);
            boolean standing = declaration.endorsements().stream()
                    .anyMatch(e -> e.organization().equals(organization)
                            && e.end().map(last -> !last.isBefore(on)).orElse(true));
            if (standing) {
                throw new EndorsementRefusedException(
                        "organization " + organization + " already endorses declaration " + id + " on " + on);
            }
            Endorsement endorsement = Endorsement.of(organization, on);
            List<Endorsement> endorsements = new ArrayList<>(declaration.endorsements());
            endorsements.add(endorsement);
            context.validator.check(declaration.withEndorsements(endorsements));
            tx.content().insertEndorsement(id, endorsement);
            return changed(tx, events, id, endorsement);
        });
    }

    @Override
    public Declaration withdrawEndorsement(DeclarationId id, OrganizationId organization, LocalDate on) {
        requireNonNull(organization, "organization");
        requireNonNull(on, "on");
        return context.change((tx, events) -> {
            context.authorize(Action.ENDORSE, EntityKind.DECLARATION, id, networkOf(tx, id));
            Declaration declaration = declaration(tx, id);
            List<Endorsement> endorsements = new ArrayList<>(declaration.endorsements());
            for (int i = 0; i < endorsements.size(); i++) {
                Endorsement e = endorsements.get(i);
                if (e.organization().equals(organization) && e.end().isEmpty()) {
                    Endorsement withdrawn = new Endorsement(organization, e.endorsedOn(), Optional.of(on.minusDays(1)));
                    endorsements.set(i, withdrawn);
                    context.validator.check(declaration.withEndorsements(endorsements));
                    tx.content().endEndorsement(id, organization, on.minusDays(1));
                    return changed(tx, events, id, withdrawn);
                }
            }
            throw new EndorsementRefusedException(
                    "organization " + organization + " does not endorse declaration " + id + "; nothing to withdraw");
        });
    }

    @Override
    public List<Endorsement> endorsementsOn(DeclarationId id, LocalDate day) {
        requireNonNull(day, "day");
        return context.store
                .read(r -> r.content().declaration(id))
                .orElseThrow(() -> new NotFoundException("declaration", id))
                .endorsementsOn(day);
    }

    @Override
    public List<Declaration> declarations(NetworkId network) {
        requireNonNull(network, "network");
        return context.store.read(r -> r.content().declarations(network));
    }

    /** The network of a stored declaration; {@link NotFoundException} if it is not stored. */
    private static NetworkId networkOf(StoreTransaction tx, DeclarationId id) {
        requireNonNull(id, "declaration");
        return tx.content().networkOfDeclaration(id).orElseThrow(() -> new NotFoundException("declaration", id));
    }

    private static Declaration declaration(StoreTransaction tx, DeclarationId id) {
        requireNonNull(id, "declaration");
        return tx.content().declaration(id).orElseThrow(() -> new NotFoundException("declaration", id));
    }

    private static Declaration changed(
            StoreTransaction tx, List<ChangeEvent> events, DeclarationId id, Endorsement endorsement) {
        Declaration stored = declaration(tx, id);
        events.add(new ChangeEvent.EndorsementChanged(stored, endorsement));
        return stored;
    }
}
