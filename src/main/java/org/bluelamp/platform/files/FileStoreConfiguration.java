package org.bluelamp.platform.files;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean(FileStore.class)
    FileStore filesystemFileStore(FileStoreProperties properties) {
        return new FilesystemFileStore(properties.dir());
    }
}
