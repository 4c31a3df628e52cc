package org.chemnet.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The identifier rule at its edges. */
class ChecksTest {
    @ParameterizedTest
    @ValueSource(strings = {"a", "Z", "0", "org-0000001", "m.1_2:3-4", "9-"})
    void acceptsIdentifiers(String id) {
        assertThat(Checks.isId(id)).isTrue();
        assertThat(Checks.id(id, "id")).isSameAs(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", ".a", "_a", ":a", "a b", "a/b", "é", "aé", "ａ", "a\n", "a;DROP"})
    void refusesWhatIsNotAnIdentifier(String id) {
        assertThat(Checks.isId(id)).isFalse();
        assertThatThrownBy(() -> Checks.id(id, "id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("id must be 1 to 128 letters, digits or . _ : -");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 127, 128})
    void acceptsUpTo128Characters(int length) {
        assertThat(Checks.isId("a".repeat(length))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {129, 1000})
    void refusesLongerIdentifiers(int length) {
        assertThat(Checks.isId("a".repeat(length))).isFalse();
    }
}
