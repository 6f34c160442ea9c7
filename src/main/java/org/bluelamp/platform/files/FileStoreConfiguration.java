package org.bluelamp.platform.files;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    /** Chosen here at start rather than by a condition: Spring AOT fixes conditions when the jar is built. */
    @Bean
    @ConditionalOnMissingBean(FileStore.class)
    FileStore fileStore(FileStoreProperties properties) {
        return properties.inS3() ? S3FileStore.of(properties.s3()) : new FilesystemFileStore(properties.dir());
    }
}
