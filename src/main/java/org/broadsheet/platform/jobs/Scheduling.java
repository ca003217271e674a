package org.broadsheet.platform.jobs;

import org.broadsheet.BroadsheetApplication;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.TaskManagementConfigUtils;

/**
 * Scheduled jobs (feed polling, journal followers, publishing on time, trending) run in the site
 * only: a command such as {@code import} or {@code reindex} builds the same context without a web
 * server, and jobs running beside it competed with it for the database's connections.
 * <p>
 * What {@code @EnableScheduling} registers, except that only the site's own classes are searched for
 * {@code @Scheduled} methods: Spring's processor reads every method of every bean, about 420 of them,
 * on the way to the first page (bench/README.md, Start-up). The bean keeps Spring's name, so Spring
 * Boot's task scheduler is made as with the annotation.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class Scheduling {

    @Bean(name = TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME)
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static ScheduledAnnotationBeanPostProcessor scheduledInOwnClassesOnly() {
        return new OwnClassesOnly();
    }

    static boolean searched(Class<?> type) {
        return BroadsheetApplication.isOwnClass(type);
    }

    private static final class OwnClassesOnly extends ScheduledAnnotationBeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return searched(AopProxyUtils.ultimateTargetClass(bean)) ? super.postProcessAfterInitialization(bean, beanName) : bean;
        }
    }
}
