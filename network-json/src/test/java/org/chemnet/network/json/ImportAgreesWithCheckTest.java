package org.chemnet.network.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.chemnet.network.EveryRecord;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The streaming import and {@code check()} apply one rule set: networks broken at random (records listed twice,
 * records left out so that others refer to nothing, memberships that overlap) are refused by both with the same
 * problems, whatever the import stores {@code check()} accepts, and a duplicate identifier of any kind is a problem
 * with its pointer, never a storage failure.
 */
class ImportAgreesWithCheckTest {
    private static final int CASES = 300;
    private static final List<String> SECTIONS = List.of(
            "organizations",
            "persons",
            "memberships",
            "partners",
            "activities",
            "events",
            "declarations",
            "subscriptions");

    private static NetworkValidator validator;
    private static NetworkJson strict;
    private static NetworkJson skipping;

    @BeforeAll
    static void start() {
        validator = NetworkValidator.create();
        strict = NetworkJson.create(validator);
        skipping = NetworkJson.create(validator, JsonOptions.defaults().skippingInvalidRecords());
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    @Test
    void whateverTheImportStoresCheckAcceptsAndBothReportTheSameProblems() {
        int refused = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            NetworkGraph graph = RandomNetworks.graph(seed, 12);
            List<String> done = new ArrayList<>();
            for (int m = 0; m <= random.nextInt(3); m++) {
                graph = mutate(graph, random, done);
            }
            Set<String> checked = agree(graph, "seed " + seed + ": " + done);
            if (!checked.isEmpty()) {
                refused++;
            }
        }
        assertThat(refused).as("most broken networks are refused").isGreaterThan(CASES / 2);
    }

    @Test
    void recordsOfTheNewerSectionsLeftOutOrListedTwiceAreRefusedAlikeByBoth() {
        NetworkGraph every = EveryRecord.graph();
        assertThat(agree(every, "every record")).isEmpty();
        int refused = 0;
        for (String section : List.of(
                "persons",
                "activities",
                "events",
                "affiliations",
                "eventSeries",
                "registrationRules",
                "registrations",
                "motions",
                "votes")) {
            for (int at = 0; at < list(every, section).size(); at++) {
                int index = at;
                NetworkGraph twice = with(every, section, list -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.add(copy.get(index));
                    return copy;
                });
                Set<String> duplicate = agree(twice, "twice " + section + "[" + at + "]");
                assertThat(duplicate)
                        .as("twice " + section + "[" + at + "]")
                        .anyMatch(k -> k.startsWith(
                                "/" + section + "/" + list(every, section).size() + "/"));
                NetworkGraph without = with(every, section, list -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.remove(index);
                    return copy;
                });
                if (!agree(without, "without " + section + "[" + at + "]").isEmpty()) {
                    refused++;
                }
            }
        }
        assertThat(refused).as("records others refer to are missed").isGreaterThan(5);
    }

    @Test
    void aDuplicateIdentifierOfAnyKindIsAProblemWithItsPointer() {
        for (String section : SECTIONS) {
            NetworkGraph graph = RandomNetworks.graph(7, 12);
            NetworkGraph twice = with(graph, section, list -> {
                List<Object> copy = new ArrayList<>(list);
                if (!copy.isEmpty()) {
                    copy.add(copy.get(0));
                }
                return copy;
            });
            byte[] document = write(twice);
            int index = list(twice, section).size() - 1;
            String pointer = "/" + section + "/" + index + (section.equals("partners") ? "/organization" : "/id");

            List<CodecProblem> checked = strict.check(new ByteArrayInputStream(document));
            assertThat(checked)
                    .as(section)
                    .extracting(CodecProblem::pointer, CodecProblem::rule)
                    .contains(org.assertj.core.groups.Tuple.tuple(pointer, "ConsistentGraph"));
            try (NetworkRuntime runtime = runtime()) {
                ImportReport report = skipping.importInto(new ByteArrayInputStream(document), runtime);
                assertThat(report.skipped())
                        .as(section)
                        .filteredOn(p -> p.pointer().equals(pointer))
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.rule()).isEqualTo("ConsistentGraph");
                            assertThat(p.line()).isPositive();
                            assertThat(p.message()).isEqualTo("must be unique in the network");
                        });
            }
        }
    }

    /**
     * Checks a document of a graph and imports it, strictly and skipping, and asserts that all three agree.
     *
     * @return the problems, as pointer and rule
     */
    private static Set<String> agree(NetworkGraph graph, String context) {
        byte[] document = write(graph);
        Set<String> checked = keys(strict.check(new ByteArrayInputStream(document)));
        Set<String> imported = new TreeSet<>();
        try (NetworkRuntime runtime = runtime()) {
            try {
                strict.importInto(new ByteArrayInputStream(document), runtime);
            } catch (NetworkCodecException e) {
                imported = keys(e.problems());
            }
            assertThat(imported).as(context).isEqualTo(checked);
            assertThat(runtime.networks().ids().isEmpty()).as(context).isEqualTo(!checked.isEmpty());
        }
        try (NetworkRuntime runtime = runtime()) {
            ImportReport report = skipping.importInto(new ByteArrayInputStream(document), runtime);
            assertThat(keys(report.skipped())).as(context).isEqualTo(checked);
            NetworkGraph stored = runtime.networks().graph(report.network()).orElseThrow();
            assertThat(strict.check(new ByteArrayInputStream(write(stored))))
                    .as(context)
                    .isEmpty();
        }
        return checked;
    }

    private static NetworkRuntime runtime() {
        return NetworkRuntime.builder().validator(validator).build();
    }

    private static byte[] write(NetworkGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        strict.write(graph, out);
        return out.toByteArray();
    }

    /** The problems as pointer and rule, which both paths must agree on (messages and places may differ). */
    private static Set<String> keys(List<CodecProblem> problems) {
        Set<String> keys = new TreeSet<>();
        problems.forEach(p -> keys.add(p.pointer() + " " + p.rule()));
        return keys;
    }

    /** One random break: a record listed twice, a record left out, or a membership that overlaps another. */
    private static NetworkGraph mutate(NetworkGraph graph, Random random, List<String> done) {
        String section = SECTIONS.get(random.nextInt(SECTIONS.size()));
        List<?> records = list(graph, section);
        if (records.isEmpty()) {
            return graph;
        }
        int at = random.nextInt(records.size());
        switch (random.nextInt(3)) {
            case 0 -> {
                done.add("twice " + section + "[" + at + "]");
                return with(graph, section, list -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.add(random.nextInt(copy.size() + 1), copy.get(at));
                    return copy;
                });
            }
            case 1 -> {
                done.add("without " + section + "[" + at + "]");
                return with(graph, section, list -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.remove(at);
                    return copy;
                });
            }
            default -> {
                if (graph.memberships().isEmpty()) {
                    return graph;
                }
                Membership m = graph.memberships()
                        .get(random.nextInt(graph.memberships().size()));
                done.add("overlapping " + m.id());
                Membership again = new Membership(
                        MembershipId.of(m.id().value() + "-again"),
                        m.network(),
                        m.organization(),
                        m.role(),
                        m.contact(),
                        m.history(),
                        0);
                return with(graph, "memberships", list -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.add(again);
                    return copy;
                });
            }
        }
    }

    private static List<?> list(NetworkGraph g, String section) {
        return switch (section) {
            case "organizations" -> g.organizations();
            case "persons" -> g.persons();
            case "memberships" -> g.memberships();
            case "partners" -> g.partners();
            case "activities" -> g.activities();
            case "events" -> g.events();
            case "declarations" -> g.declarations();
            case "subscriptions" -> g.subscriptions();
            case "affiliations" -> g.affiliations();
            case "eventSeries" -> g.eventSeries();
            case "registrationRules" -> g.registrationRules();
            case "registrations" -> g.registrations();
            case "motions" -> g.motions();
            case "votes" -> g.votes();
            default -> throw new IllegalArgumentException(section);
        };
    }

    @SuppressWarnings("unchecked")
    private static NetworkGraph with(NetworkGraph g, String section, UnaryOperator<List<Object>> change) {
        List<Object> changed = change.apply((List<Object>) list(g, section));
        return new NetworkGraph(
                g.network(),
                section.equals("organizations") ? (List) changed : g.organizations(),
                section.equals("persons") ? (List) changed : g.persons(),
                section.equals("memberships") ? (List) changed : g.memberships(),
                g.board(),
                g.secretariat(),
                section.equals("partners") ? (List) changed : g.partners(),
                section.equals("activities") ? (List) changed : g.activities(),
                section.equals("events") ? (List) changed : g.events(),
                section.equals("declarations") ? (List) changed : g.declarations(),
                section.equals("subscriptions") ? (List) changed : g.subscriptions(),
                section.equals("affiliations") ? (List) changed : g.affiliations(),
                section.equals("eventSeries") ? (List) changed : g.eventSeries(),
                section.equals("registrationRules") ? (List) changed : g.registrationRules(),
                section.equals("registrations") ? (List) changed : g.registrations(),
                g.boardRules(),
                section.equals("motions") ? (List) changed : g.motions(),
                section.equals("votes") ? (List) changed : g.votes());
    }
}
