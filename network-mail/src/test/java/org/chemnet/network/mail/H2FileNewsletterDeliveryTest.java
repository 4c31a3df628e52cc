package org.chemnet.network.mail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.chemnet.network.spi.NetworkStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The outbox kept in an H2 database file: two nodes over the file send every mail once, a crash loses nothing. */
class H2FileNewsletterDeliveryTest extends NewsletterDeliveryContract {
    @TempDir
    Path dir;

    private HikariDataSource dataSource;

    @Override
    NetworkStore store() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("chemnet").toAbsolutePath());
        config.setMaximumPoolSize(6);
        config.setPoolName("chemnet-test-h2-file");
        dataSource = new HikariDataSource(config);
        return JdbcNetworkStore.create(dataSource);
    }

    @Override
    NetworkStore reopen() {
        return JdbcNetworkStore.create(dataSource);
    }

    @AfterEach
    void closeDatabase() {
        if (dataSource != null) {
            dataSource.close();
        }
    }
}
