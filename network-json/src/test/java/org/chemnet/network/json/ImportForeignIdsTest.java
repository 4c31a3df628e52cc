package org.chemnet.network.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.graph.ImportOptions;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A document whose membership, board seat, activity, event, declaration or subscription identifiers another network
 * of the store holds: each is a problem at its {@code id}, rule {@code ConsistentGraph}, naming the network.
 */
class ImportForeignIdsTest {
    private static final NetworkId OTHER = NetworkId.of("other-net");
    private static final List<String> POINTERS = List.of(
            "/memberships/0/id",
            "/board/seats/0/id",
            "/activities/0/id",
            "/activities/1/id",
            "/events/0/id",
            "/declarations/0/id",
            "/subscriptions/0/id");

    private NetworkValidator validator;
    private NetworkJson json;
    private NetworkRuntime runtime;

    @BeforeEach
    void start() {
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
        runtime = NetworkRuntime.builder()
                .validator(validator)
                .store(new InMemoryNetworkStore())
                .build();
        runtime.networks().register(TestData.graph());
    }

    @AfterEach
    void stop() {
        runtime.close();
        validator.close();
    }

    /** The test network again under another identifier: every record's identifier is the test network's. */
    private ByteArrayInputStream again() {
        NetworkGraph graph = TestData.graph();
        Network other = TestData.network(OTHER, LocalizedText.en("Other"));
        Membership m = TestData.activeMembership();
        NetworkGraph copy = new NetworkGraph(
                other,
                graph.organizations(),
                graph.persons(),
                List.of(new Membership(m.id(), OTHER, m.organization(), m.role(), m.contact(), m.history(), 0)),
                graph.board(),
                graph.secretariat(),
                graph.partners(),
                graph.activities(),
                graph.events(),
                graph.declarations(),
                graph.subscriptions());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(copy, out);
        return new ByteArrayInputStream(out.toByteArray());
    }

    @Test
    void eachIdentifierAnotherNetworkHoldsIsAProblemWithItsPointer() {
        assertThatThrownBy(() -> json.importInto(again(), runtime))
                .isInstanceOfSatisfying(NetworkCodecException.class, e -> {
                    assertThat(e.problems())
                            .extracting(CodecProblem::pointer)
                            .containsExactlyInAnyOrderElementsOf(POINTERS);
                    assertThat(e.problems()).allSatisfy(p -> {
                        assertThat(p.rule()).isEqualTo("ConsistentGraph");
                        assertThat(p.message()).endsWith("is stored in network test-network");
                        assertThat(p.line()).isPositive();
                    });
                });

        assertThat(runtime.networks().network(OTHER)).isEmpty();
    }

    @Test
    void skippingInvalidRecordsStoresTheRestAndReportsThem() {
        ImportReport report =
                json.importInto(again(), runtime, ImportOptions.defaults().skippingInvalidRecords());

        assertThat(report.skipped()).extracting(CodecProblem::pointer).containsExactlyInAnyOrderElementsOf(POINTERS);
        NetworkGraph stored = runtime.networks().graph(OTHER).orElseThrow();
        assertThat(stored.secretariat()).isPresent();
        assertThat(stored.memberships()).isEmpty();
        assertThat(stored.activities()).isEmpty();
        assertThat(runtime.networks().graph(TestData.NETWORK).orElseThrow().memberships())
                .extracting(Membership::network)
                .containsExactly(TestData.NETWORK);
    }
}
