package org.broadsheet.platform.jobs;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (feed polling, journal followers, publishing on time, trending) run in the site
 * only: a command such as {@code import} or {@code reindex} builds the same context without a web
 * server, and jobs running beside it competed with it for the database's connections.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class Scheduling {
}
