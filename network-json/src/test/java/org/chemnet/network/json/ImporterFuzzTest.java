package org.chemnet.network.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.validation.NetworkValidator;

/**
 * Feeds the importer arbitrary bytes: it must answer with a result or our codec exception, and nothing else (no
 * other exception, no stack overflow, no out-of-memory). The corpus in src/test/resources runs in every test run;
 * {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ImporterFuzzTest {
    private static final NetworkValidator VALIDATOR = NetworkValidator.create();
    private static final NetworkJson JSON = NetworkJson.create(VALIDATOR);

    @FuzzTest(maxDuration = "30s")
    void importerAnswersEveryInputCleanly(byte[] input) {
        try {
            JSON.check(new ByteArrayInputStream(input));
            JSON.importInto(
                    new ByteArrayInputStream(input),
                    NetworkRuntime.builder().validator(VALIDATOR).build());
        } catch (NetworkCodecException expected) {
            // the only failure allowed
        }
    }
}
