package org.chemnet.network.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.TestData;
import org.chemnet.network.graph.ImportOptions;
import org.chemnet.network.graph.ImportSummary;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.graph.RefusedRecord;
import org.chemnet.network.jdbc.testing.CountingDataSource;
import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The import asks the store which identifiers another network holds in bulk, a statement per 500 of a chunk, never
 * one a record: 2,000 memberships whose identifiers another network holds are refused with a number of statements
 * that does not grow with them.
 */
class H2ForeignIdsStatementsTest {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.h2();

    @Test
    void twoThousandMembershipsAnotherNetworkHoldsAreRefusedWithAFewStatements() {
        CountingDataSource counting = new CountingDataSource(DB.newDataSource());
        try (NetworkRuntime runtime = NetworkRuntime.builder()
                .plugin(new JdbcPlugin(counting.dataSource(), DB.newConfig()))
                .build()) {
            NetworkGraph stored = RandomNetworks.graph(21, 2_000);
            runtime.networks().register(stored);
            Network n = stored.network();
            NetworkId copy = NetworkId.of("copy-of-" + n.id().value());
            Network network = TestData.network(copy, n.name());
            List<Membership> again = stored.memberships().stream()
                    .map(m -> new Membership(m.id(), copy, m.organization(), m.role(), m.contact(), m.history(), 0))
                    .toList();
            long[] refused = new long[1];

            counting.reset();
            ImportSummary summary = runtime.networks()
                    .importNetwork(ImportOptions.defaults().skippingInvalidRecords(), into -> {
                        into.network(network);
                        into.organizations(stored.organizations());
                        into.persons(stored.persons());
                        for (int from = 0; from < again.size(); from += 1_000) {
                            List<RefusedRecord> chunk = into.memberships(again.subList(from, from + 1_000));
                            refused[0] += chunk.size();
                        }
                    });
            long statements = counting.statements();

            assertThat(refused[0]).isEqualTo(2_000);
            assertThat(summary.refused()).isEqualTo(2_000);
            assertThat(statements)
                    .as("statements of an import whose 2,000 memberships another network holds")
                    .isLessThanOrEqualTo(30);
        }
    }
}
