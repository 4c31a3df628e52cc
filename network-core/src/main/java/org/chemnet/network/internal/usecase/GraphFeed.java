package org.chemnet.network.internal.usecase;

import java.util.List;
import java.util.function.Function;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.graph.NetworkImport;
import org.chemnet.network.graph.RefusedRecord;

/** Feeds a whole graph into an import, section by section in chunks, as a reader of a document would. */
final class GraphFeed {
    private static final int CHUNK = 1_000;

    private GraphFeed() {}

    static void feed(NetworkGraph graph, NetworkImport into) {
        into.network(graph.network());
        chunks(graph.organizations(), into::organizations);
        chunks(graph.persons(), into::persons);
        chunks(graph.memberships(), into::memberships);
        into.board(graph.board());
        graph.secretariat().ifPresent(into::secretariat);
        chunks(graph.partners(), into::partners);
        chunks(graph.activities(), into::activities);
        chunks(graph.events(), into::events);
        chunks(graph.declarations(), into::declarations);
        chunks(graph.subscriptions(), into::subscriptions);
        chunks(graph.affiliations(), into::affiliations);
        chunks(graph.eventSeries(), into::eventSeries);
        chunks(graph.registrationRules(), into::registrationRules);
        chunks(graph.registrations(), into::registrations);
        graph.boardRules().ifPresent(into::boardRules);
        chunks(graph.motions(), into::motions);
        chunks(graph.votes(), into::votes);
    }

    private static <T> void chunks(List<T> records, Function<List<T>, List<RefusedRecord>> section) {
        for (int from = 0; from < records.size(); from += CHUNK) {
            List<RefusedRecord> ignored = section.apply(records.subList(from, Math.min(records.size(), from + CHUNK)));
        }
    }
}
