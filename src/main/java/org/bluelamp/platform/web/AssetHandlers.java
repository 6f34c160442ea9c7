package org.bluelamp.platform.web;

import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.CachingResourceTransformer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the site's own assets (/assets) and GOV.UK Frontend's (/webjars) under names fingerprinted by their
 * content, such as /assets/css/bluelamp-5d41402abc4b2a76b9719d911017c592.css, which browsers keep for a year
 * ({@link AssetCacheLifetimes}). A fingerprint that is not the file's gets the current file, briefly kept
 * ({@link UnknownFingerprintResolver}). Links inside the CSS are fingerprinted too. Spring Boot's own static mappings
 * are off (spring.web.resources.add-mappings), so these two are the only places files are served from.
 */
@Configuration(proxyBeanMethods = false)
class AssetHandlers implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        fingerprinted(registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/"),
                "assets");
        fingerprinted(registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/"), "webjars");
    }

    /**
     * The chain is built by hand for the order of its transformers: the cache lifetime is decided outermost, from
     * the name asked for, since the cached, CSS-rewritten copy is shared by the plain and fingerprinted names.
     */
    private static void fingerprinted(ResourceHandlerRegistration handler, String name) {
        var cache = new ConcurrentMapCache(name);
        handler.resourceChain(false)
                .addResolver(new UnknownFingerprintResolver())
                .addResolver(new CachingResourceResolver(cache))
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                .addTransformer(new AssetCacheLifetimes())
                .addTransformer(new CachingResourceTransformer(cache))
                .addTransformer(new CssLinkResourceTransformer());
    }
}
