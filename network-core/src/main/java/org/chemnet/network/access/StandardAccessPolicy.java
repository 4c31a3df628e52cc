package org.chemnet.network.access;

import java.util.EnumSet;
import java.util.Set;

/** The rules of {@link AccessPolicy#standard()}. */
final class StandardAccessPolicy implements AccessPolicy {
    static final StandardAccessPolicy INSTANCE = new StandardAccessPolicy();

    /** What secretariat staff may do to the records networks share. */
    private static final Set<Action> SHARED_RECORDS = EnumSet.of(
            Action.CHANGE_ORGANIZATION,
            Action.CHANGE_PERSON,
            Action.READ_PERSONAL_DATA,
            Action.ERASE_PERSONAL_DATA,
            Action.SUPPRESS_ADDRESS);

    private static final Set<Action> BOARD = EnumSet.of(
            Action.APPROVE,
            Action.REJECT,
            Action.APPOINT,
            Action.ADOPT_DECLARATION,
            Action.READ_AUDIT_LOG,
            Action.PROPOSE_MOTION,
            Action.VOTE,
            Action.DECIDE);

    private static final Set<Action> ANY_PERSON = EnumSet.of(Action.APPLY);

    private static final Set<Action> OWN_DATA = EnumSet.of(
            Action.CHANGE_PERSON,
            Action.READ_PERSONAL_DATA,
            Action.ERASE_PERSONAL_DATA,
            Action.SUBSCRIBE,
            Action.UNSUBSCRIBE,
            Action.RECORD_CONSENT,
            Action.REGISTER,
            Action.CANCEL_REGISTRATION);

    private StandardAccessPolicy() {}

    @Override
    public boolean permits(AccessRequest request) {
        Actor actor = request.actor();
        return switch (actor.kind()) {
            case SYSTEM -> true;
            case SECRETARIAT_STAFF ->
                request.network().isPresent()
                        ? actor.worksFor(request.network().get())
                        : SHARED_RECORDS.contains(request.action());
            case BOARD_MEMBER ->
                BOARD.contains(request.action())
                        && request.network().filter(actor::worksFor).isPresent();
            case PERSON -> ANY_PERSON.contains(request.action()) || ownData(request);
        };
    }

    private static boolean ownData(AccessRequest request) {
        return OWN_DATA.contains(request.action())
                && request.target().kind() == EntityKind.PERSON
                && request.target().id().equals(request.actor().id());
    }

    @Override
    public String toString() {
        return "AccessPolicy.standard()";
    }
}
