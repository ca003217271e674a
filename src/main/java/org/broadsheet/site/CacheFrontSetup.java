package org.broadsheet.site;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.broadsheet.platform.cache.CacheFront;
import org.broadsheet.platform.cache.CacheFrontPlacement;
import org.broadsheet.platform.cache.FrontClients;
import org.broadsheet.platform.cache.PageCache;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/** The {@link CacheFront} on the site's port, answering the {@link PageCache}'s pages before Tomcat. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "broadsheet.page-cache.enabled", matchIfMissing = true)
class CacheFrontSetup {

    @Bean
    FrontClients frontClients() {
        return new FrontClients();
    }

    @Bean
    CacheFront cacheFront(PageCache cache, FrontClients clients, BroadsheetProperties properties, MeterRegistry metrics) {
        CacheFront front = new CacheFront(cache, cookies -> PageCaching.variant(ReaderPreferences.from(cookies)), clients,
                properties.front().effectiveThreads(), properties.front().idleTimeout());
        FunctionCounter.builder("broadsheet.front.hits", front, CacheFront::hits)
                .description("requests the cache front answered").register(metrics);
        FunctionCounter.builder("broadsheet.front.tunnels", front, CacheFront::tunnels)
                .description("connections the cache front handed to Tomcat").register(metrics);
        return front;
    }

    /** Decided at run time (with Spring AOT, bin/start-fast.sh, the bean set is fixed at build time). */
    @Bean
    CacheFrontPlacement cacheFrontPlacement(CacheFront front, FrontClients clients, BroadsheetProperties properties,
                                            WebServerApplicationContext context, ConfigurableEnvironment environment) {
        return new CacheFrontPlacement(front, clients, properties.front().enabled() && properties.pageCache().enabled(),
                context, environment);
    }
}
