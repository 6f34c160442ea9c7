package org.bluelamp.platform;

import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.lang.reflect.Constructor;

import static org.assertj.core.api.Assertions.assertThat;

/** File sizes read as people write them, with the reader's language's words and way of writing numbers. */
class FileSizesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en | 500 | 500 bytes", "cy | 500 | 500 beit", "en | 348160 | 340 KB",
            "en | 10485760 | 10 MB", "en | 1258291 | 1.2 MB", "cy | 1258291 | 1.2 MB",
            // A language that writes a decimal comma gets one, from the same message.
            "fr | 1258291 | 1,2 MB"})
    void sizesAreWrittenInTheReadersLanguage(String code, long bytes, String written) throws Exception {
        assertThat(FileSizes.describe(bytes, texts().texts(new Language(code)))).isEqualTo(written);
    }

    private static LanguageTexts texts() throws Exception {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Constructor<LanguageTexts> made = LanguageTexts.class.getDeclaredConstructor(
                org.springframework.context.MessageSource.class);
        made.setAccessible(true);
        return made.newInstance(messages);
    }
}
