package org.chemnet.network.mail;

import javax.sql.DataSource;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.chemnet.network.jdbc.testing.JdbcStoreExtension;
import org.chemnet.network.spi.NetworkStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox kept durably in PostgreSQL: a crash loses nothing, and a new process resumes from the database. */
class JdbcNewsletterDeliveryTest extends NewsletterDeliveryContract {
    @RegisterExtension
    static final JdbcStoreExtension DB = JdbcStoreExtension.postgres();

    private DataSource dataSource;
    private JdbcConfig config;

    @Override
    NetworkStore store() {
        dataSource = DB.newDataSource();
        config = DB.newConfig();
        return JdbcNetworkStore.create(dataSource, config);
    }

    @Override
    NetworkStore reopen() {
        return JdbcNetworkStore.create(dataSource, config);
    }
}
