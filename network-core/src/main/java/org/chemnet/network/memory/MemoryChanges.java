package org.chemnet.network.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.access.EntityKind;
import org.chemnet.network.access.EntityRef;
import org.chemnet.network.change.AuditQuery;
import org.chemnet.network.change.ListenerCursor;
import org.chemnet.network.change.RecordedChange;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.spi.ChangePort;
import org.chemnet.network.spi.NewChange;

/** The change log of an in-memory store: sequences are list places, and transactions run one at a time. */
final class MemoryChanges implements ChangePort {
    private static final int MAX_ERROR = 1_000;

    private final MemoryTransaction tx;

    MemoryChanges(MemoryTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void append(List<NewChange> changes) {
        for (NewChange change : changes) {
            tx.add(tx.data.changes, change.at(tx.data.changes.size() + 1L));
        }
    }

    @Override
    public List<RecordedChange> after(long sequence, int limit) {
        List<RecordedChange> all = tx.data.changes;
        int from = (int) Math.min(Math.max(sequence, 0), all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
    }

    @Override
    public List<RecordedChange> find(AuditQuery query) {
        List<RecordedChange> all = tx.data.changes;
        List<RecordedChange> found = new ArrayList<>();
        for (int i = (int) Math.min(query.afterSequence(), all.size());
                i < all.size() && found.size() < query.limit();
                i++) {
            if (query.matches(all.get(i))) {
                found.add(all.get(i));
            }
        }
        return found;
    }

    @Override
    public int redact(PersonId person) {
        requireNonNull(person, "person");
        List<RecordedChange> all = tx.data.changes;
        EntityRef named = EntityRef.of(EntityKind.PERSON, person);
        int changed = 0;
        for (int i = 0; i < all.size(); i++) {
            RecordedChange c = all.get(i);
            boolean byPerson = c.actor().person().filter(person::equals).isPresent();
            boolean ofPerson = c.aggregate().equals(named);
            if (byPerson || ofPerson) {
                tx.set(
                        all,
                        i,
                        new RecordedChange(
                                c.sequence(),
                                c.at(),
                                byPerson ? c.actor().erased() : c.actor(),
                                c.kind(),
                                ofPerson
                                        ? EntityRef.of(EntityKind.PERSON, org.chemnet.network.access.Actor.ERASED)
                                        : c.aggregate(),
                                c.network(),
                                c.summary()));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public Optional<ListenerCursor> claim(String listener, String owner, Instant now, Instant leaseUntil) {
        MemoryData.CursorRow row = tx.data.cursors.get(listener);
        ListenerCursor cursor =
                row == null ? new ListenerCursor(listener, 0, 0, Optional.empty(), Optional.empty()) : row.cursor();
        boolean held =
                row != null && row.claim().filter(c -> c.until().isAfter(now)).isPresent();
        boolean pausing = cursor.nextAttempt().filter(now::isBefore).isPresent();
        if (held || pausing) {
            return Optional.empty();
        }
        tx.put(
                tx.data.cursors,
                listener,
                new MemoryData.CursorRow(cursor, Optional.of(new MemoryData.Claim(owner, leaseUntil))));
        return Optional.of(cursor);
    }

    @Override
    public boolean advance(String listener, String owner, long position, Instant leaseUntil) {
        return holder(listener, owner)
                .filter(row -> row.cursor().position() < position)
                .map(row -> {
                    tx.put(
                            tx.data.cursors,
                            listener,
                            new MemoryData.CursorRow(
                                    new ListenerCursor(listener, position, 0, Optional.empty(), Optional.empty()),
                                    Optional.of(new MemoryData.Claim(owner, leaseUntil))));
                    return true;
                })
                .orElse(false);
    }

    @Override
    public boolean failed(String listener, String owner, Instant nextAttempt, String error) {
        return holder(listener, owner)
                .map(row -> {
                    ListenerCursor c = row.cursor();
                    String message = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
                    tx.put(
                            tx.data.cursors,
                            listener,
                            new MemoryData.CursorRow(
                                    new ListenerCursor(
                                            listener,
                                            c.position(),
                                            c.failures() + 1,
                                            Optional.of(nextAttempt),
                                            Optional.of(message)),
                                    Optional.empty()));
                    return true;
                })
                .orElse(false);
    }

    @Override
    public void release(String listener, String owner) {
        holder(listener, owner)
                .ifPresent(row ->
                        tx.put(tx.data.cursors, listener, new MemoryData.CursorRow(row.cursor(), Optional.empty())));
    }

    @Override
    public Optional<ListenerCursor> cursor(String listener) {
        return Optional.ofNullable(tx.data.cursors.get(listener)).map(MemoryData.CursorRow::cursor);
    }

    private Optional<MemoryData.CursorRow> holder(String listener, String owner) {
        return Optional.ofNullable(tx.data.cursors.get(listener))
                .filter(row -> row.claim().filter(c -> c.owner().equals(owner)).isPresent());
    }
}
