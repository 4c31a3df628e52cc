package org.chemnet.network.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every rule has its message in English and Japanese, with the same arguments. */
class ValidationMessagesTest {
    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream(
                "/org/chemnet/network/validation/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void japaneseHasEveryEnglishMessageWithTheSameArguments() throws IOException {
        Properties english = bundle("ValidationMessages");
        Properties japanese = bundle("ValidationMessages_ja");

        assertThat(japanese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).contains("{0}")) {
                assertThat(new MessageFormat(japanese.getProperty(key)).getFormats())
                        .as(key)
                        .hasSameSizeAs(new MessageFormat(english.getProperty(key)).getFormats());
            }
        }
    }
}
