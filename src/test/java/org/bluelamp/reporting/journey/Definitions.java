package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.question.QuestionTypes;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Loads definitions for tests: the real ones, or YAML written in the test. */
final class Definitions {

    private Definitions() {
    }

    static ServiceCatalogue real() throws IOException {
        return new ServiceCatalogue(new QuestionTypes(),
                new PathMatchingResourcePatternResolver().getResources("classpath*:services/*.yaml"));
    }

    static ServiceCatalogue from(String fileName, String yaml) throws IOException {
        Resource file = new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
        return new ServiceCatalogue(new QuestionTypes(), file);
    }
}
