package org.chemnet.network.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.json.NetworkJson;
import org.chemnet.network.json.NetworkSchema;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** The seed networks survive the JSON format unchanged, and their documents validate against the schema. */
class SeedJsonTest {
    private static NetworkValidator validator;
    private static NetworkJson json;
    private static Schema schema;

    @BeforeAll
    static void start() throws IOException {
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
        try (InputStream in = NetworkSchema.open()) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    static Stream<NetworkGraph> seeds() {
        return SeedNetworks.all().stream();
    }

    private static byte[] write(NetworkGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(graph, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void roundTripsUnchanged(NetworkGraph graph) {
        assertThat(json.read(new ByteArrayInputStream(write(graph)))).isEqualTo(graph);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void validatesAgainstTheSchema(NetworkGraph graph) {
        assertThat(schema.validate(JsonMapper.builder().build().readTree(write(graph))))
                .isEmpty();
    }
}
