package org.broadsheet.demo;

import org.broadsheet.accounts.AccountService;
import org.broadsheet.accounts.Role;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo site's administrator, with credentials everyone knows (they are in the README): never
 * run a public site in demo mode. Created once; its credentials are logged on every start.
 */
@Component
@Order(10)
class DemoAdministrator implements ApplicationRunner {

    static final String EMAIL = "admin@demo.broadsheet.test";
    static final String PASSWORD = "read-all-about-it";
    private static final Logger log = LoggerFactory.getLogger(DemoAdministrator.class);

    private final AccountService accounts;
    private final BroadsheetProperties properties;

    DemoAdministrator(AccountService accounts, BroadsheetProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        // checked here, not with a bean condition, so that Spring AOT's build-time bean set keeps it
        if (!properties.demo()) {
            return;
        }
        if (accounts.findByEmail(EMAIL).isEmpty()) {
            accounts.create(EMAIL, "Demo Administrator", PASSWORD, Role.ADMINISTRATOR);
        }
        log.warn("event=demo_admin email={} password={} note=\"demo mode: sign in at /login\"", EMAIL, PASSWORD);
    }
}
