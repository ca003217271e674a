package org.broadsheet.platform.db;

import org.broadsheet.BroadsheetApplication;
import org.springframework.aop.ClassFilter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;

/**
 * Looks for {@code @Transactional} methods only in the site's own classes. At start Spring matches every
 * bean, about 500 of them, against the transaction advisor, method by method: about a tenth of the main
 * thread's work on the way to the first page (bench/README.md, Start-up). Only {@code org.broadsheet}
 * classes carry the annotation, so the advisor's class filter turns the others away at once.
 * Registered before the other post-processors (priority-ordered), so it is in place before the advisor is made.
 */
final class TransactionalClassesOnly implements BeanPostProcessor, PriorityOrdered {

    static final ClassFilter OWN_CLASSES = type -> BroadsheetApplication.isOwnClass(type)
            && AnnotationUtils.isCandidateClass(type, Transactional.class);

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof BeanFactoryTransactionAttributeSourceAdvisor advisor) {
            advisor.setClassFilter(OWN_CLASSES);
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
