package org.bluelamp.platform.files;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;

/**
 * Gives every test application context {@code bluelamp.test.s3proxy.endpoint}, the address of the JVM's
 * {@link S3ProxyForTests}, which application-test.yml uses for its S3 file store. The server starts the first time the
 * address is read, so a context that keeps files elsewhere never starts it. Registered in
 * src/test/resources/META-INF/spring.factories; one customizer for all, so it splits no context cache.
 */
class S3ProxyContextCustomizerFactory implements ContextCustomizerFactory {

    static final String ENDPOINT = "bluelamp.test.s3proxy.endpoint";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Endpoint();
    }

    private record Endpoint() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            context.getEnvironment().getPropertySources().addLast(new PropertySource<>("s3proxy-for-tests", ENDPOINT) {
                @Override
                public Object getProperty(String name) {
                    return name.equals(ENDPOINT) ? S3ProxyForTests.shared().endpoint().toString() : null;
                }
            });
        }
    }
}
