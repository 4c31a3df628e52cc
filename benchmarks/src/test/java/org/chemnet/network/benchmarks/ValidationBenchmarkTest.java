package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import org.chemnet.network.TestData;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.organization.Organization;
import org.junit.jupiter.api.Test;

/** Ours and the record-by-record baseline validate the same records and find the same broken one. */
class ValidationBenchmarkTest {
    @Test
    void bothFindNothingWrongWithAValidNetwork() {
        ValidationBenchmark benchmark = new ValidationBenchmark();
        benchmark.organizations = 2_000;
        benchmark.setUp();
        try {
            assertThat(benchmark.ours()).isZero();
            assertThat(benchmark.recordByRecord()).isZero();
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void bothFindABrokenOrganization() {
        NetworkGraph valid = TestData.graph();
        List<Organization> organizations = new ArrayList<>(valid.organizations());
        Organization first = organizations.get(0);
        organizations.set(
                0,
                Organization.builder(first.id(), first.name(), first.type())
                        .country("Japan")
                        .build());
        NetworkGraph broken = NetworkGraph.builder(valid.network())
                .organizations(organizations)
                .build();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(RecordByRecord.validate(factory.getValidator(), broken)).isEqualTo(1);
            assertThat(org.chemnet.network.validation.NetworkValidator.using(factory)
                            .validate(broken))
                    .singleElement()
                    .extracting(org.chemnet.network.validation.Violation::path)
                    .isEqualTo("organizations[0].country");
        }
    }

    @Test
    void coldStartsValidateTheSeedNetwork() {
        ValidationColdStartBenchmark benchmark = new ValidationColdStartBenchmark();
        assertThat(benchmark.ours()).isZero();
        assertThat(benchmark.recordByRecord()).isZero();
    }
}
