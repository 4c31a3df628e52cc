package org.chemnet.network.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void writesAndReadsBackObjectsArraysStringsAndNull() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("ja", "化学 \"引用\" \\ \n\t\u0001");
        value.put("list", List.of("a", "b"));
        value.put("none", null);
        value.put("nested", List.of(Map.of("k", "v")));

        String json = JsonText.write(value);

        assertThat(json).startsWith("{\"ja\":\"化学 \\\"引用\\\" \\\\ \\n\\t\\u0001\"");
        assertThat(JsonText.read(json)).isEqualTo(value);
        assertThat(JsonText.read(" [ ] ")).isEqualTo(List.of());
        assertThat(JsonText.read("{}")).isEqualTo(Map.of());
    }

    @Test
    void roundTripsRandomText() {
        Random random = new Random(1);
        for (int i = 0; i < 500; i++) {
            char[] chars = new char[random.nextInt(20)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) random.nextInt(0xD7FF);
            }
            String text = new String(chars);
            assertThat(JsonText.read(JsonText.write(Arrays.asList(text, null)))).isEqualTo(Arrays.asList(text, null));
        }
    }

    @Test
    void refusesMalformedText() {
        assertThatThrownBy(() -> JsonText.read("{\"a\":")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonText.read("[1]")).hasMessageContaining("unexpected '1'");
        assertThatThrownBy(() -> JsonText.read("\"open")).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> JsonText.read("[] x")).hasMessageContaining("unexpected text after the value");
        assertThatThrownBy(() -> JsonText.write(List.of(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
