package org.chemnet.network.change;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.kernel.NetworkId;

/**
 * Which entries of the audit log to read: those that match every criterion given, in the order of the log, after a
 * sequence (where the page before ended), at most a limit.
 *
 * @param aggregate only changes of this record
 * @param actor only changes made by the actor of this id (a person's identifier, a job's name), whatever its kind
 * @param network only changes of this network
 * @param from only changes stored at or after this instant
 * @param until only changes stored before this instant
 * @param afterSequence only changes after this sequence; 0 for the start of the log
 * @param limit at most this many, 1 to 1,000
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public record AuditQuery(
        Optional<EntityRef> aggregate,
        Optional<String> actor,
        Optional<NetworkId> network,
        Optional<Instant> from,
        Optional<Instant> until,
        long afterSequence,
        int limit) {
    /** The most entries one query reads. */
    public static final int MAX_LIMIT = 1_000;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if afterSequence is negative or the limit is not 1 to {@value #MAX_LIMIT}
     */
    public AuditQuery {
        requireNonNull(aggregate, "aggregate");
        requireNonNull(actor, "actor");
        requireNonNull(network, "network");
        requireNonNull(from, "from");
        requireNonNull(until, "until");
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must not be negative, but was " + afterSequence);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", but was " + limit);
        }
    }

    /**
     * The whole log, from its start, 100 at a time.
     *
     * @return the query; never null
     */
    public static AuditQuery all() {
        return new AuditQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 100);
    }

    /**
     * Only changes of a record.
     *
     * @param value the record
     * @return a query like this one; never null
     */
    public AuditQuery of(EntityRef value) {
        return new AuditQuery(Optional.of(value), actor, network, from, until, afterSequence, limit);
    }

    /**
     * Only changes made by an actor.
     *
     * @param id the actor's id
     * @return a query like this one; never null
     */
    public AuditQuery by(String id) {
        return new AuditQuery(aggregate, Optional.of(id), network, from, until, afterSequence, limit);
    }

    /**
     * Only changes of a network.
     *
     * @param value the network
     * @return a query like this one; never null
     */
    public AuditQuery in(NetworkId value) {
        return new AuditQuery(aggregate, actor, Optional.of(value), from, until, afterSequence, limit);
    }

    /**
     * Only changes stored in a period.
     *
     * @param start the first instant, included
     * @param end the last instant, excluded
     * @return a query like this one; never null
     */
    public AuditQuery between(Instant start, Instant end) {
        return new AuditQuery(aggregate, actor, network, Optional.of(start), Optional.of(end), afterSequence, limit);
    }

    /**
     * The next page: changes after a sequence.
     *
     * @param sequence the last sequence of the page before
     * @return a query like this one; never null
     */
    public AuditQuery after(long sequence) {
        return new AuditQuery(aggregate, actor, network, from, until, sequence, limit);
    }

    /**
     * At most a number of changes.
     *
     * @param value 1 to {@value #MAX_LIMIT}
     * @return a query like this one; never null
     */
    public AuditQuery limit(int value) {
        return new AuditQuery(aggregate, actor, network, from, until, afterSequence, value);
    }

    /**
     * Tells whether a change matches every criterion but the sequence and the limit.
     *
     * @param change the change
     * @return true if it matches
     */
    public boolean matches(RecordedChange change) {
        return aggregate.map(change.aggregate()::equals).orElse(true)
                && actor.map(change.actor().id()::equals).orElse(true)
                && network.map(n -> change.network().filter(n::equals).isPresent())
                        .orElse(true)
                && from.map(f -> !change.at().isBefore(f)).orElse(true)
                && until.map(change.at()::isBefore).orElse(true);
    }
}
