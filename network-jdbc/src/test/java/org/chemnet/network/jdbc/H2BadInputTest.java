package org.chemnet.network.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Currency;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.membership.MembershipPolicy;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fee whose exponent is huge and a text that is not valid Unicode are refused by validation when a network is
 * registered, before the store is asked for a single connection: the fee would otherwise be expanded digit by digit
 * on its way into the database ({@code NegativeArraySizeException}), the text kept with a {@code ?} for the surrogate.
 */
class H2BadInputTest {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.h2();

    private CountingDataSource dataSource;
    private NetworkRuntime runtime;

    @BeforeEach
    void start() {
        dataSource = new CountingDataSource(DB.newDataSource());
        runtime = NetworkRuntime.builder()
                .plugin(new JdbcPlugin(dataSource, DB.newConfig()))
                .build();
        assertThat(runtime.networks().graph(TestData.NETWORK)).isEmpty();
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483647", "1E999999999"})
    void refusesAFeeWithAHugeExponentBeforeTouchingTheStore(String amount) {
        NetworkGraph graph = withNetwork(withFee(TestData.network(), amount));

        assertRefusedBeforeTheStore(
                graph,
                new Violation(
                        "network.policy.fee.amount",
                        "Amount",
                        "must be a number of at most 12 digits before the decimal point and 4 after it"));
    }

    @Test
    void refusesTextWithAnUnpairedSurrogateBeforeTouchingTheStore() {
        Network n = TestData.network();
        NetworkGraph graph =
                withNetwork(TestData.network(n.id(), LocalizedText.jaEn("試験ネットワーク", "Test Network\uD800")));

        assertRefusedBeforeTheStore(
                graph,
                new Violation(
                        "network.name.values[en]",
                        "PlainText",
                        "must be valid Unicode text (an unpaired surrogate at position 12)"));
    }

    private void assertRefusedBeforeTheStore(NetworkGraph graph, Violation expected) {
        int connections = dataSource.connections();

        assertThatThrownBy(() -> runtime.networks().register(graph))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(expected));

        assertThat(dataSource.connections()).as("connections asked for").isEqualTo(connections);
        assertThat(runtime.networks().graph(TestData.NETWORK)).isEmpty();
        assertThat(runtime.networks().register(TestData.graph()))
                .as("the store takes a valid network afterwards")
                .isEqualTo(TestData.graph());
    }

    private static NetworkGraph withNetwork(Network network) {
        return TestData.graph().toBuilder().network(network).build();
    }

    private static Network withFee(Network n, String amount) {
        MembershipPolicy p = n.policy();
        return new Network(
                n.id(),
                n.name(),
                n.acronym(),
                n.scope(),
                n.country(),
                n.purpose(),
                n.founded(),
                n.focusRegions(),
                n.principles(),
                new MembershipPolicy(
                        p.organizationsOnly(),
                        p.eligibleTypes(),
                        Optional.of(new Fee(new BigDecimal(amount), Currency.getInstance("JPY"))),
                        p.requiredAgreement(),
                        p.approver()),
                n.website());
    }

    /** A data source that counts the connections asked of it. */
    private static final class CountingDataSource implements DataSource {
        private final DataSource delegate;
        private final AtomicInteger connections = new AtomicInteger();

        CountingDataSource(DataSource delegate) {
            this.delegate = delegate;
        }

        int connections() {
            return connections.get();
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            connections.incrementAndGet();
            return delegate.getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || delegate.isWrapperFor(type);
        }
    }
}
