package org.broadsheet.platform.startup;

import org.broadsheet.testsupport.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/** The site runs on the bean factory with quicker generic look-ups, and its filter chains are built on it. */
class SiteContextFactoryIT extends AppTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theSiteRunsOnTheGenericLookupBeanFactory() {
        assertThat(context.getBeanFactory()).isInstanceOf(GenericLookupBeanFactory.class);
        assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("adminApiSecurity", "siteSecurity");
    }
}
