package org.chemnet.network.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.TestData;
import org.chemnet.network.graph.NetworkGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written writers of organizations and memberships write exactly what Jackson's record serialization does. */
class HotRecordSerializersTest {
    private static final JsonMapper FAST = NetworkJson.mapper(JsonOptions.defaults());
    private static final JsonMapper GENERIC = JsonMapper.builder()
            .addModule(new ChemnetJacksonModule(false))
            .changeDefaultPropertyInclusion(
                    i -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void writeTheSameBytesAsTheGenericSerialization(long seed) {
        NetworkGraph graph = RandomNetworks.graph(seed, 300).toBuilder()
                .organizations(TestData.member())
                .build();
        for (var organization : graph.organizations()) {
            assertThat(FAST.writeValueAsString(organization)).isEqualTo(GENERIC.writeValueAsString(organization));
        }
        for (var membership : graph.memberships()) {
            assertThat(FAST.writeValueAsString(membership)).isEqualTo(GENERIC.writeValueAsString(membership));
        }
        assertThat(FAST.writeValueAsString(TestData.activeMembership().withVersion(7)))
                .isEqualTo(
                        GENERIC.writeValueAsString(TestData.activeMembership().withVersion(7)));
    }
}
