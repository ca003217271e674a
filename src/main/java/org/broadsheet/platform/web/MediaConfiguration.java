package org.broadsheet.platform.web;

import java.time.Duration;

import org.broadsheet.platform.config.BroadsheetProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves uploaded and generated media from the data directory under {@code /media/} (the media
 * library's content-hashed files under {@code /media/library/} as immutable for a year), and the
 * site's own assets under {@code /assets/} with a content hash in their URLs
 * ({@code /assets/site-<md5>.css}), cached for a year as immutable.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration implements WebMvcConfigurer {

    private final BroadsheetProperties properties;

    MediaConfiguration(BroadsheetProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String location = properties.mediaDir().toAbsolutePath().toUri().toString();
        // the media library's files are named by their content hash: a name never changes its bytes
        registry.addResourceHandler("/media/library/**")
                .addResourceLocations((location.endsWith("/") ? location : location + "/") + "library/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/media/**")
                .addResourceLocations(location.endsWith("/") ? location : location + "/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
