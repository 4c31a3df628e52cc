package org.chemnet.network.examples.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each example runs and prints what its javadoc promises. */
class UsageExamplesTest {
    private static String output(Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            example.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void embedsWithH2() {
        assertThat(output(EmbedWithH2::run)).isEqualTo("participants as of 2020-03-09: 317\n");
    }

    @Test
    void embedsWithPostgres() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            String first = output(out -> EmbedWithPostgres.run(out, url, "postgres", ""));
            String second = output(out -> EmbedWithPostgres.run(out, url, "postgres", ""));
            assertThat(first)
                    .isEqualTo(second)
                    .contains("2017 Shanghai Declaration: 2 endorsers")
                    .contains("Tarnow Declaration: 1 endorsers");
        }
    }

    @Test
    void writesAPlugin() {
        assertThat(output(WriteAPlugin::run)).isEqualTo("audit: application of oecc\naudit: oecc approved\n");
    }

    @Test
    void validatesANetwork() {
        assertThat(output(ValidateANetwork::run))
                .startsWith("the seed network is valid: true\n")
                .contains("country: must be an ISO 3166-1 alpha-2 country code")
                .contains("website: ホストを含む http または https の絶対URL");
    }

    @Test
    void exportsANetwork() {
        assertThat(output(ExportANetwork::run))
                .contains("json: {\"format\":\"chemnet-network\"")
                .contains("popolo: {\"organizations\":[{\"name\":\"ChemSec, the International Chemical Secretariat\"");
    }
}
