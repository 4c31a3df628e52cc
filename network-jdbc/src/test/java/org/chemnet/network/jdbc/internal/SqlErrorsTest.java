package org.chemnet.network.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.spi.NetworkStorageException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A transaction that gave up waiting for a lock is one that lost a race, and runs again; other failures are not. */
class SqlErrorsTest {
    private static RuntimeException translated(String state) {
        return SqlErrors.translate(
                "a chemnet store transaction",
                new UnableToExecuteStatementException(new SQLException("the database says no", state), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01", "55P03", "HYT00", "90131"})
    void aLockWaitGivenUpIsAConcurrentUpdate(String state) {
        assertThat(translated(state))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("SQLState " + state)
                .hasMessageContaining("the database says no")
                .hasCauseInstanceOf(UnableToExecuteStatementException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "42703", "08006"})
    void otherFailuresAreStorageFailuresWithTheirState(String state) {
        assertThat(translated(state))
                .isInstanceOfSatisfying(NetworkStorageException.class, e -> assertThat(e.sqlState())
                        .contains(state));
    }
}
