package org.chemnet.network.internal.usecase;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;
import org.chemnet.network.access.Action;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.affiliation.Affiliation;
import org.chemnet.network.affiliation.AffiliationRole;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.decision.BoardRules;
import org.chemnet.network.decision.Motion;
import org.chemnet.network.decision.Vote;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventSeries;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.graph.ImportOptions;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkImport;
import org.chemnet.network.graph.RefusedRecord;
import org.chemnet.network.internal.graph.Finding;
import org.chemnet.network.internal.graph.GraphRules;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationChange;
import org.chemnet.network.organization.OrganizationChangeKind;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.registration.Occasion;
import org.chemnet.network.registration.Registration;
import org.chemnet.network.registration.RegistrationRules;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.spi.Versioned;
import org.chemnet.network.validation.NetworkValidator;
import org.chemnet.network.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One import in progress, within one transaction: each record is validated on its own and by the {@link GraphRules}
 * of the records before it, organizations and persons stored already are compared (and left, refused or updated),
 * and what passes is stored a chunk at a time. Registration feeds a whole graph through it too, so that both paths
 * apply the same rules. Not part of the API.
 */
final class NetworkImporter implements NetworkImport {
    /** How many violations are kept for the exception of an import that is refused as a whole. */
    static final int KEPT = 100;

    private final StoreTransaction tx;
    private final NetworkValidator validator;
    private final ImportOptions options;
    private final LocalDate today;
    private final List<ChangeEvent> events;
    /** Asks the access policy, before the import reads or writes what it is about. */
    private final Access access;
    /**
     * Newsletters and events refused because another network holds their identifiers: what refers to them is
     * refused too, or a skipping import would add to the other network's.
     */
    private final Set<String> newslettersElsewhere = new HashSet<>();

    private final Set<String> eventsElsewhere = new HashSet<>();
    /** Activities and motions refused the same way: registrations, motions and votes that refer to them are too. */
    private final Set<String> activitiesElsewhere = new HashSet<>();

    private final Set<String> motionsElsewhere = new HashSet<>();
    /** Whether the board was refused: then no vote from its seats is stored. */
    private boolean boardRefused;

    private final List<Violation> kept = new ArrayList<>();
    private final boolean validated;
    private boolean networkRefused;
    private GraphRules rules;
    private NetworkId network;
    private boolean checkOnly;
    private String section = "";
    private long offset;
    private long stored;
    private long refused;
    /** The chunk being written, until its write returns: what a race with another writer is checked against. */
    private @Nullable Writing<?> writing;

    /**
     * Starts an import.
     *
     * @param tx the transaction
     * @param validator the validator
     * @param options the options
     * @param today the day of the import, for the changes it records
     * @param events where the changes it records go, told after the transaction
     * @param validated true if the records were validated already, as a whole graph, so that only what is stored
     *     is compared
     * @param access asks the access policy: for the new network before anything is read, and for each organization
     *     or person of other networks the import updates
     */
    NetworkImporter(
            StoreTransaction tx,
            NetworkValidator validator,
            ImportOptions options,
            LocalDate today,
            List<ChangeEvent> events,
            boolean validated,
            Access access) {
        this.validated = validated;
        this.access = requireNonNull(access, "access");
        this.tx = tx;
        this.validator = validator;
        this.options = options;
        this.today = today;
        this.events = events;
    }

    @Override
    public List<Violation> network(Network value) {
        requireNonNull(value, "network");
        if (network != null) {
            throw new IllegalStateException("the import has its network already: " + network);
        }
        List<Violation> violations = validated ? List.of() : validator.validate(value, options.locale());
        // Before the store is read or written: an actor who may not register it learns nothing of what is stored.
        access.ask(Action.REGISTER_NETWORK, EntityRef.of(EntityKind.NETWORK, value.id()), Optional.of(value.id()));
        network = value.id();
        rules = new GraphRules(value.id());
        if (!violations.isEmpty()) {
            refuse("network.", violations);
            networkRefused = true;
            checkOnly = true;
            return violations;
        }
        if (tx.networks().find(value.id()).isPresent()) {
            throw new NetworkException("network '" + value.id()
                    + "' is stored already: an import stores a new network, and nothing was" + " stored");
        }
        if (storing()) {
            tx.networks().insert(value);
            stored++;
        }
        return violations;
    }

    @Override
    public List<RefusedRecord> organizations(List<Organization> chunk) {
        return shared(
                "organizations",
                chunk,
                "SharedOrganization",
                Organization::id,
                rules()::organization,
                ids -> tx.organizations().findOrganizations(ids),
                (o, version) -> tx.organizations().update(o, version),
                o -> access.ask(
                        Action.CHANGE_ORGANIZATION, EntityRef.of(EntityKind.ORGANIZATION, o.id()), Optional.empty()),
                OrganizationHistory::carriedOver,
                (before, after) -> {
                    OrganizationChange change = OrganizationChange.of(
                            OrganizationChangeKind.UPDATED,
                            today,
                            List.of(after.id()),
                            List.of(after.id()),
                            Optional.of("updated by the import of network " + network));
                    tx.organizations().recordChange(change);
                    events.add(new ChangeEvent.OrganizationChangeRecorded(change));
                    return new ChangeEvent.OrganizationChanged(before, after, today);
                },
                inserts -> tx.organizations().insertOrganizations(inserts));
    }

    @Override
    public List<RefusedRecord> persons(List<Person> chunk) {
        return shared(
                "persons",
                chunk,
                "SharedPerson",
                Person::id,
                rules()::person,
                ids -> tx.organizations().findPersons(ids),
                (p, version) -> tx.organizations().update(p, version),
                p -> access.ask(Action.CHANGE_PERSON, EntityRef.of(EntityKind.PERSON, p.id()), Optional.empty()),
                (before, incoming) -> incoming,
                (before, after) -> new ChangeEvent.PersonChanged(before, after, today),
                inserts -> tx.organizations().insertPersons(inserts));
    }

    @Override
    public List<RefusedRecord> memberships(List<Membership> chunk) {
        return records(
                "memberships",
                chunk,
                rules()::membership,
                ForeignIds.MEMBERSHIPS,
                m -> {},
                m -> Optional.empty(),
                accepted -> tx.memberships().insertAll(accepted));
    }

    @Override
    public List<Violation> board(Board board) {
        GraphRules graph = rules();
        List<Violation> violations =
                new ArrayList<>(validated ? List.of() : validator.validate(board, options.locale()));
        List<List<Finding>> ofSeats = validated ? List.of() : graph.board(board.seats());
        for (int i = 0; i < ofSeats.size(); i++) {
            for (Finding f : ofSeats.get(i)) {
                Violation v = f.violation(options.locale());
                violations.add(new Violation("seats[" + i + "]." + v.path(), v.rule(), v.message()));
            }
        }
        List<Integer> seats = new ArrayList<>(board.seats().size());
        for (int i = 0; i < board.seats().size(); i++) {
            seats.add(i);
        }
        ForeignIds.SEATS
                .find(tx, board.seats(), seats, options.locale())
                .forEach(
                        (i, v) -> violations.add(new Violation("seats[" + i + "]." + v.path(), v.rule(), v.message())));
        boardRefused = !violations.isEmpty();
        return one(violations, "board.", () -> {
            writing = new Writing<>(ForeignIds.SEATS, "board.seats", 0, board.seats(), seats);
            tx.governance().insertBoard(network, board);
            writing = null;
        });
    }

    @Override
    public List<Violation> secretariat(Secretariat secretariat) {
        GraphRules graph = rules();
        List<Violation> violations = new ArrayList<>();
        if (!validated) {
            violations.addAll(validator.validate(secretariat, options.locale()));
            graph.secretariat(secretariat).forEach(f -> violations.add(f.violation(options.locale())));
        }
        return one(violations, "secretariat.", () -> tx.governance().saveSecretariat(network, secretariat, 0));
    }

    @Override
    public List<RefusedRecord> partners(List<Partner> chunk) {
        return records(
                "partners",
                chunk,
                rules()::partner,
                ForeignIds.none(),
                p -> {},
                p -> Optional.empty(),
                accepted -> accepted.forEach(p -> tx.content().savePartner(network, p)));
    }

    @Override
    public List<RefusedRecord> activities(List<Activity> chunk) {
        return records(
                "activities",
                chunk,
                rules()::activity,
                ForeignIds.ACTIVITIES,
                a -> {
                    activitiesElsewhere.add(a.id().value());
                    if (a instanceof Newsletter) {
                        newslettersElsewhere.add(a.id().value());
                    }
                },
                a -> Optional.empty(),
                accepted -> accepted.forEach(a -> tx.content().saveActivity(network, a)));
    }

    @Override
    public List<RefusedRecord> events(List<Event> chunk) {
        return records(
                "events",
                chunk,
                rules()::event,
                ForeignIds.EVENTS,
                e -> eventsElsewhere.add(e.id().value()),
                e -> Optional.empty(),
                accepted -> accepted.forEach(e -> tx.content().saveEvent(network, e)));
    }

    @Override
    public List<RefusedRecord> declarations(List<Declaration> chunk) {
        return records(
                "declarations",
                chunk,
                rules()::declaration,
                ForeignIds.DECLARATIONS,
                d -> {},
                d -> eventsElsewhere.contains(d.adoptedAt().value())
                        ? Optional.of(new Finding("adoptedAt", -1, "ConsistentGraph.unknownEvent"))
                        : Optional.empty(),
                accepted -> accepted.forEach(d -> tx.content().insertDeclaration(network, d)));
    }

    @Override
    public List<RefusedRecord> subscriptions(List<Subscription> chunk) {
        return records(
                "subscriptions",
                chunk,
                rules()::subscription,
                ForeignIds.SUBSCRIPTIONS,
                s -> {},
                s -> newslettersElsewhere.contains(s.newsletter().value())
                        ? Optional.of(new Finding("newsletter", -1, "ConsistentGraph.unknownNewsletter"))
                        : Optional.empty(),
                accepted -> tx.subscriptions().insertAll(accepted));
    }

    @Override
    public List<RefusedRecord> affiliations(List<Affiliation> chunk) {
        List<Integer> accepted = new ArrayList<>(chunk.size());
        List<RefusedRecord> refusals = check("affiliations", chunk, rules()::affiliation, accepted);
        long chunkStart = offset - chunk.size();
        if (storing()) {
            holdOrganizationsOfHeads(accepted.stream().map(chunk::get).toList());
        }
        List<Affiliation> inserts = new ArrayList<>(accepted.size());
        int kept = 0;
        for (int i : accepted) {
            Affiliation given = chunk.get(i);
            Optional<Affiliation> stored = tx.affiliations().affiliation(given.id());
            Optional<Violation> refusal;
            if (stored.isPresent()) {
                refusal = stored.get().equals(given)
                        ? Optional.empty()
                        : Optional.of(new Violation(
                                "id",
                                "SharedAffiliation",
                                RuleMessages.format(options.locale(), "SharedAffiliation", stored.get())));
            } else {
                refusal = DefaultAffiliations.oneHeadAtATime(
                        given.role() == AffiliationRole.HEAD
                                ? tx.affiliations().affiliationsWith(given.organization())
                                : List.of(),
                        given,
                        options.locale());
            }
            if (refusal.isPresent()) {
                refusals.add(refusal(section, chunkStart, i, List.of(refusal.get())));
            } else if (stored.isPresent()) {
                kept++;
            } else {
                inserts.add(given);
            }
        }
        if (storing()) {
            inserts.forEach(tx.affiliations()::insert);
            stored += inserts.size() + kept;
        }
        refusals.sort(Comparator.comparingInt(RefusedRecord::index));
        return refusals;
    }

    @Override
    public List<RefusedRecord> eventSeries(List<EventSeries> chunk) {
        return records(
                "eventSeries",
                chunk,
                rules()::eventSeries,
                ForeignIds.EVENT_SERIES,
                s -> {},
                s -> s.editions().stream().anyMatch(e -> eventsElsewhere.contains(e.value()))
                        ? Optional.of(new Finding("editions", -1, "ConsistentGraph.unknownEvent"))
                        : Optional.empty(),
                accepted -> accepted.forEach(tx.eventSeries()::insert));
    }

    @Override
    public List<RefusedRecord> registrationRules(List<RegistrationRules> chunk) {
        return records(
                "registrationRules",
                chunk,
                rules()::registrationRules,
                ForeignIds.none(),
                r -> {},
                r -> elsewhere(r.occasion())
                        ? Optional.of(new Finding("occasion", -1, "ConsistentGraph.unknownOccasion"))
                        : Optional.empty(),
                accepted -> accepted.forEach(r -> tx.registrations().saveRules(r, 0)));
    }

    @Override
    public List<RefusedRecord> registrations(List<Registration> chunk) {
        return records(
                "registrations",
                chunk,
                rules()::registration,
                ForeignIds.REGISTRATIONS,
                r -> {},
                r -> elsewhere(r.occasion())
                        ? Optional.of(new Finding("occasion", -1, "ConsistentGraph.notOpenForRegistration"))
                        : Optional.empty(),
                accepted -> accepted.forEach(tx.registrations()::insert));
    }

    @Override
    public List<Violation> boardRules(BoardRules value) {
        rules();
        List<Violation> violations = validated ? List.of() : validator.validate(value, options.locale());
        return one(violations, "boardRules.", () -> tx.decisions().saveRules(network, value, 0));
    }

    @Override
    public List<RefusedRecord> motions(List<Motion> chunk) {
        return records(
                "motions",
                chunk,
                rules()::motion,
                ForeignIds.MOTIONS,
                m -> motionsElsewhere.add(m.id().value()),
                m -> {
                    if (m.activity().isPresent()
                            && activitiesElsewhere.contains(m.activity().get().value())) {
                        // refused, so that votes on it refer to nothing, as to a motion another network holds
                        motionsElsewhere.add(m.id().value());
                        return Optional.of(new Finding("activity", -1, "ConsistentGraph.unknownActivity"));
                    }
                    return Optional.empty();
                },
                accepted -> accepted.forEach(m -> tx.decisions().saveMotion(m, 0)));
    }

    @Override
    public List<RefusedRecord> votes(List<Vote> chunk) {
        return records(
                "votes",
                chunk,
                rules()::vote,
                ForeignIds.none(),
                v -> {},
                v -> {
                    if (motionsElsewhere.contains(v.motion().value())) {
                        return Optional.of(new Finding("motion", -1, "ConsistentGraph.unknownMotion"));
                    }
                    return boardRefused
                            ? Optional.of(new Finding("seat", -1, "ConsistentGraph.unknownSeat"))
                            : Optional.empty();
                },
                accepted -> accepted.forEach(tx.decisions()::insertVote));
    }

    @Override
    public void checkOnly() {
        checkOnly = true;
    }

    @Override
    public long stored() {
        return stored;
    }

    @Override
    public long refused() {
        return refused;
    }

    /** Whether the network itself was refused: then nothing at all is stored, skipping or not. */
    boolean networkRefused() {
        return networkRefused;
    }

    /** The network imported, once given. */
    NetworkId networkId() {
        if (network == null) {
            throw new NetworkException("the import gave no network, and nothing was stored");
        }
        return network;
    }

    /** The first violations of refused records, with paths prefixed by what they were found in. */
    List<Violation> kept() {
        return kept;
    }

    /**
     * After this import's transaction failed: the records of the chunk it was writing whose identifiers the store
     * holds now, because another writer stored them between this import's question and its write. Each is what the
     * import would have refused, had it asked a moment later.
     *
     * @param now a transaction that reads what is stored now
     * @return the violations, with paths prefixed as {@link #kept()}'s; empty if no write was under way or nothing of
     *     it is stored
     */
    List<Violation> takenMeanwhile(StoreTransaction now) {
        return writing == null ? List.of() : writing.taken(now, options.locale());
    }

    // ---------------------------------------------------------------- the steps of every chunk

    /** Whether an event or seminar was refused because another network holds its identifier. */
    private boolean elsewhere(Occasion occasion) {
        return occasion.kind() == Occasion.Kind.EVENT
                ? eventsElsewhere.contains(occasion.id())
                : activitiesElsewhere.contains(occasion.id());
    }

    /**
     * Takes the turn of each organization a head of the chunk heads, as affiliating does, before its heads are read:
     * a head added on another node meanwhile waits for this import, or this import for it, and one of the two is
     * refused by the one-head rule.
     */
    private void holdOrganizationsOfHeads(List<Affiliation> affiliations) {
        List<OrganizationId> organizations = affiliations.stream()
                .filter(a -> a.role() == AffiliationRole.HEAD)
                .map(Affiliation::organization)
                .distinct()
                .sorted()
                .toList();
        if (organizations.isEmpty()) {
            return;
        }
        Map<OrganizationId, Versioned<Organization>> found = tx.organizations().findOrganizations(organizations);
        for (OrganizationId id : organizations) {
            Versioned<Organization> organization = found.get(id);
            if (organization != null) {
                long unused = tx.organizations().update(organization.value(), organization.version());
            }
        }
    }

    private GraphRules rules() {
        if (rules == null) {
            throw new IllegalStateException("the network comes first in an import");
        }
        return rules;
    }

    /** Whether what passes is stored: always when skipping, else only while nothing was refused. */
    private boolean storing() {
        return !checkOnly && (options.skipInvalidRecords() || refused == 0);
    }

    /**
     * The violations of each record, on its own and by the graph's rules; the indexes of those without any are added
     * to the accepted ones.
     */
    private <T> List<RefusedRecord> check(
            String section, List<T> chunk, Function<T, List<Finding>> rule, List<Integer> accepted) {
        if (!section.equals(this.section)) {
            this.section = section;
            offset = 0;
        }
        List<RefusedRecord> refusals = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            T record = requireNonNull(chunk.get(i), "record");
            if (validated) {
                accepted.add(i);
                continue;
            }
            List<Violation> violations = new ArrayList<>(validator.validate(record, options.locale()));
            if (violations.isEmpty()) {
                rule.apply(record).forEach(f -> violations.add(f.violation(options.locale())));
            }
            if (violations.isEmpty()) {
                accepted.add(i);
            } else {
                refusals.add(refusal(i, violations));
            }
        }
        offset += chunk.size();
        return refusals;
    }

    /**
     * A chunk of records with identifiers of their own: checked, then the store asked once which of those that pass
     * another network holds (refused, naming it), then the rest written.
     */
    private <T> List<RefusedRecord> records(
            String section,
            List<T> chunk,
            Function<T, List<Finding>> rule,
            ForeignIds<T, ?> foreign,
            Consumer<T> heldElsewhere,
            Function<T, Optional<Finding>> refersElsewhere,
            Consumer<List<T>> store) {
        List<Integer> accepted = new ArrayList<>(chunk.size());
        List<RefusedRecord> refusals = check(section, chunk, rule, accepted);
        long chunkStart = offset - chunk.size();
        Map<Integer, Violation> taken = foreign.find(tx, chunk, accepted, options.locale());
        if (!taken.isEmpty()) {
            taken.forEach((i, v) -> {
                refusals.add(refusal(section, chunkStart, i, List.of(v)));
                heldElsewhere.accept(chunk.get(i));
            });
            accepted.removeAll(taken.keySet());
        }
        for (Iterator<Integer> it = accepted.iterator(); it.hasNext(); ) {
            int i = it.next();
            Optional<Finding> elsewhere = refersElsewhere.apply(chunk.get(i));
            if (elsewhere.isPresent()) {
                refusals.add(
                        refusal(section, chunkStart, i, List.of(elsewhere.get().violation(options.locale()))));
                it.remove();
            }
        }
        refusals.sort(Comparator.comparingInt(RefusedRecord::index));
        if (storing() && !accepted.isEmpty()) {
            writing = new Writing<>(foreign, section, chunkStart, chunk, accepted);
            store.accept(accepted.stream().map(chunk::get).toList());
            writing = null;
            stored += accepted.size();
        }
        return refusals;
    }

    /**
     * A chunk being written: its section, where it starts in it, and the records written.
     *
     * @param foreign the question of its identifiers
     * @param section the section, such as {@code memberships}
     * @param chunkStart the index in the section of the chunk's first record
     * @param chunk the chunk
     * @param written the indexes in the chunk of the records written
     */
    private record Writing<T>(
            ForeignIds<T, ?> foreign, String section, long chunkStart, List<T> chunk, List<Integer> written) {
        List<Violation> taken(StoreTransaction now, Locale locale) {
            List<Violation> found = new ArrayList<>();
            foreign.find(now, chunk, written, locale)
                    .forEach((i, v) -> found.add(
                            new Violation(section + "[" + (chunkStart + i) + "]." + v.path(), v.rule(), v.message())));
            return found;
        }
    }

    /**
     * Organizations or persons: those stored already are left if equal, refused with both values if not, or updated
     * if the options ask; the others are inserted.
     */
    private <T extends Record, I> List<RefusedRecord> shared(
            String section,
            List<T> chunk,
            String rule,
            Function<T, I> id,
            Function<T, List<Finding>> graphRule,
            Function<List<I>, Map<I, Versioned<T>>> find,
            ToLongBiFunction<T, Long> update,
            Consumer<T> askToUpdate,
            BinaryOperator<T> updated,
            BiFunction<T, T, ChangeEvent> changed,
            Consumer<List<T>> insert) {
        List<Integer> accepted = new ArrayList<>(chunk.size());
        List<RefusedRecord> refusals = check(section, chunk, graphRule, accepted);
        long chunkStart = offset - chunk.size();
        Map<I, Versioned<T>> existing =
                find.apply(accepted.stream().map(i -> id.apply(chunk.get(i))).toList());
        List<T> inserts = new ArrayList<>(accepted.size());
        List<T> updates = new ArrayList<>();
        List<T> befores = new ArrayList<>();
        int kept = 0;
        for (int i : accepted) {
            T record = chunk.get(i);
            Versioned<T> before = existing.get(id.apply(record));
            List<Violation> differences =
                    before == null ? List.of() : SharedRecords.differences(rule, before.value(), record);
            if (before == null) {
                inserts.add(record);
            } else if (differences.isEmpty()) {
                kept++;
            } else if (options.updateSharedOrganizations()) {
                // Asked before anything of the chunk is written, whether the import stores or only checks.
                askToUpdate.accept(record);
                updates.add(record);
                befores.add(before.value());
            } else {
                refusals.add(refusal(section, chunkStart, i, differences));
            }
        }
        if (storing()) {
            insert.accept(inserts);
            for (int k = 0; k < updates.size(); k++) {
                T record = updated.apply(befores.get(k), updates.get(k));
                long unused = update.applyAsLong(
                        record, existing.get(id.apply(record)).version());
                events.add(changed.apply(befores.get(k), record));
            }
            stored += inserts.size() + updates.size() + kept;
        }
        refusals.sort(Comparator.comparingInt(RefusedRecord::index));
        return refusals;
    }

    private List<Violation> one(List<Violation> violations, String prefix, Runnable store) {
        if (!violations.isEmpty()) {
            refuse(prefix, violations);
        } else if (storing()) {
            store.run();
            stored++;
        }
        return violations;
    }

    private RefusedRecord refusal(int index, List<Violation> violations) {
        return refusal(section, offset, index, violations);
    }

    private RefusedRecord refusal(String section, long chunkStart, int index, List<Violation> violations) {
        refuse(section + "[" + (chunkStart + index) + "].", violations);
        return new RefusedRecord(index, violations);
    }

    private void refuse(String prefix, List<Violation> violations) {
        refused++;
        for (Violation v : violations) {
            if (kept.size() < KEPT) {
                kept.add(new Violation(prefix + v.path(), v.rule(), v.message()));
            }
        }
    }

    /** Asks the access policy whether the actor may take an action; throws if not. */
    @FunctionalInterface
    interface Access {
        void ask(Action action, EntityRef target, Optional<NetworkId> network);
    }
}
