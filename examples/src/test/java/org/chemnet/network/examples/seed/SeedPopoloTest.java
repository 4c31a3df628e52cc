package org.chemnet.network.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.UUID;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.jdbc.JdbcPlugin;
import org.chemnet.network.json.JsonPlugin;
import org.chemnet.network.json.NetworkJson;
import org.chemnet.network.json.Popolo;
import org.chemnet.network.validation.NetworkValidator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The seed networks exported as Popolo from a store, streaming (in memory and on H2), give the document the graph
 * path gives for the graph the store holds: through {@link NetworkJson#exportPopolo} and the {@code popolo} codec's
 * writer alike.
 */
class SeedPopoloTest {
    private static NetworkValidator validator;
    private static NetworkJson json;

    @BeforeAll
    static void start() {
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    private static void streamsWhatTheGraphPathWrites(NetworkRuntime runtime) {
        Popolo popolo = new Popolo(json.mapper());
        for (NetworkGraph seed : SeedNetworks.all()) {
            runtime.networks().register(seed);
        }
        for (NetworkGraph seed : SeedNetworks.all()) {
            NetworkGraph stored = runtime.networks().graph(seed.network().id()).orElseThrow();
            ByteArrayOutputStream graphPath = new ByteArrayOutputStream();
            popolo.write(stored, graphPath);
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            json.exportPopolo(runtime, seed.network().id(), streamed);
            ByteArrayOutputStream codec = new ByteArrayOutputStream();
            runtime.networks()
                    .export(
                            seed.network().id(),
                            runtime.codec("popolo").orElseThrow().writer(codec));

            JsonNode expected = json.mapper().readTree(graphPath.toByteArray());
            assertThat(json.mapper().readTree(streamed.toByteArray()))
                    .as(seed.network().id().value())
                    .isEqualTo(expected);
            assertThat(json.mapper().readTree(codec.toByteArray())).isEqualTo(expected);
            assertThat(expected.path("organizations").size())
                    .isEqualTo(stored.organizations().size() + 1);
            assertThat(expected.path("posts").size())
                    .isEqualTo(stored.board().seats().size());
            assertThat(expected.path("events").size()).isEqualTo(stored.events().size());
        }
    }

    @Test
    void inMemory() {
        try (NetworkRuntime runtime = NetworkRuntime.builder()
                .validator(validator)
                .plugin(new JsonPlugin())
                .build()) {
            streamsWhatTheGraphPathWrites(runtime);
        }
    }

    @Test
    void onH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:seed-popolo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (NetworkRuntime runtime = NetworkRuntime.builder()
                .validator(validator)
                .plugin(new JsonPlugin())
                .plugin(new JdbcPlugin(h2))
                .build()) {
            streamsWhatTheGraphPathWrites(runtime);
            assertThat(runtime.networks().ids()).hasSameSizeAs(SeedNetworks.all());
        }
    }
}
