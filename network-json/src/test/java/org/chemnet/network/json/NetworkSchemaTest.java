package org.chemnet.network.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chemnet.network.EveryRecord;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.TestData;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NetworkSchemaTest {
    /** Run with -Dchemnet.updateSchema=true to write a schema that changed on purpose into the sources. */
    private static final Path SOURCE = Path.of("src/main/resources/org/chemnet/network/json/network.schema.json");

    private static NetworkValidator validator;
    private static NetworkJson json;
    private static Schema schema;

    @BeforeAll
    static void start() throws IOException {
        validator = NetworkValidator.create();
        json = NetworkJson.create(validator);
        if (Boolean.getBoolean("chemnet.updateSchema")) {
            Files.writeString(SOURCE, NetworkSchema.generate(), StandardCharsets.UTF_8);
        }
        try (InputStream in = NetworkSchema.open()) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    @Test
    void theShippedSchemaIsTheOneTheTypesGive() throws IOException {
        String shipped;
        try (InputStream in = NetworkSchema.open()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped)
                .as("the schema changed: if on purpose, run the build once with -Dchemnet.updateSchema=true")
                .isEqualTo(NetworkSchema.generate());
    }

    private static List<Error> validate(NetworkGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(graph, out);
        JsonNode document = JsonMapper.builder().build().readTree(out.toByteArray());
        return schema.validate(document);
    }

    @Test
    void theTestNetworkValidatesAgainstTheSchema() {
        assertThat(validate(TestData.graph())).isEmpty();
    }

    @Test
    void aNetworkWithEveryRecordValidatesAgainstTheSchemaAndItsBoundsAreTheFormats() throws IOException {
        assertThat(validate(EveryRecord.graph())).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(EveryRecord.graph(), out);
        String text = out.toString(StandardCharsets.UTF_8)
                .replace("\"quorumPercent\":60", "\"quorumPercent\":0")
                .replace("\"registrant\":{\"organization\":\"member\"}", "\"registrant\":{}")
                .replace("\"sequence\":2", "\"sequence\":0")
                .replace("\"kind\":\"SEMINAR\",\"id\":\"seminar\"", "\"kind\":\"SEMINAR\",\"id\":\"no spaces\"");
        assertThat(schema.validate(JsonMapper.builder().build().readTree(text)))
                .extracting(e -> e.getInstanceLocation().toString())
                .contains(
                        "/boardRules/quorumPercent",
                        "/registrations/0/registrant",
                        "/registrations/1/sequence",
                        "/registrations/0/occasion/id");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomNetworksValidateAgainstTheSchema(long seed) {
        assertThat(validate(RandomNetworks.graph(seed, 100))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheFormatRefuses() {
        NetworkGraph broken = NetworkJsonTest.withCountry(TestData.graph(), 1, "jp");
        assertThat(validate(broken))
                .extracting(e -> e.getInstanceLocation().toString())
                .containsExactly("/organizations/1/country");
        JsonNode unknown = JsonMapper.builder()
                .build()
                .readTree("{\"format\":\"chemnet-network\",\"version\":1," + "\"network\":{},\"bogus\":[]}");
        assertThat(schema.validate(unknown)).isNotEmpty();
    }
}
