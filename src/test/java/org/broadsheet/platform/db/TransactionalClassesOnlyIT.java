package org.broadsheet.platform.db;

import org.broadsheet.content.ArticleService;
import org.broadsheet.testsupport.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The transaction advisor looks only at the site's own classes, and those still get their transactions. */
class TransactionalClassesOnlyIT extends AppTest {

    @Test
    void theSitesTransactionalServicesAreStillProxied() {
        assertThat(AopUtils.isAopProxy(articles)).as("ArticleService runs its @Transactional methods in a transaction").isTrue();
        assertThat(TransactionalClassesOnly.OWN_CLASSES.matches(ArticleService.class)).isTrue();
        assertThat(TransactionalClassesOnly.OWN_CLASSES.matches(JdbcTemplate.class)).isFalse();
    }
}
