package org.broadsheet.platform.db;

import org.broadsheet.content.ArticleService;
import org.broadsheet.testsupport.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.annotation.PersistenceExceptionTranslationPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transaction advisor looks only at the site's own classes, and those still get their transactions; repositories
 * are not wrapped in exception-translation proxies (JdbcTemplate translates already).
 */
class TransactionalClassesOnlyIT extends AppTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theSitesTransactionalServicesAreStillProxied() {
        assertThat(AopUtils.isAopProxy(articles)).as("ArticleService runs its @Transactional methods in a transaction").isTrue();
        assertThat(TransactionalClassesOnly.OWN_CLASSES.matches(ArticleService.class)).isTrue();
        assertThat(TransactionalClassesOnly.OWN_CLASSES.matches(JdbcTemplate.class)).isFalse();
    }

    @Test
    void repositoriesAreNotWrappedForExceptionTranslation() {
        assertThat(context.getBeanNamesForType(PersistenceExceptionTranslationPostProcessor.class)).isEmpty();
        assertThat(AopUtils.isAopProxy(context.getBean("taxonomyRepository"))).isFalse();
    }
}
