package org.broadsheet.platform.startup;

import org.springframework.aot.AotDetector;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Makes the site's application context as Spring Boot would (with Spring AOT's generated bean definitions or
 * without), but on a {@link GenericLookupBeanFactory}. Listed in META-INF/spring.factories ahead of Spring Boot's
 * own factory, so the site, its tests and bin/start-fast.sh all run on it; other kinds of context (commands) are
 * left to Spring Boot.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SiteContextFactory implements ApplicationContextFactory {

    @Override
    public ConfigurableApplicationContext create(WebApplicationType webApplicationType) {
        if (webApplicationType != WebApplicationType.SERVLET) {
            return null;
        }
        GenericLookupBeanFactory beanFactory = new GenericLookupBeanFactory();
        return AotDetector.useGeneratedArtifacts()
                ? new ServletWebServerApplicationContext(beanFactory)
                : new AnnotationConfigServletWebServerApplicationContext(beanFactory);
    }
}
