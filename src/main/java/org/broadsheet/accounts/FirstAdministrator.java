package org.broadsheet.accounts;

import org.broadsheet.platform.config.BroadsheetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a start with no accounts: creates the administrator from {@code broadsheet.admin.email} and
 * {@code broadsheet.admin.password} when both are set, or else opens {@code /setup} with a code
 * printed to the log. Runs after the demo content (which brings its own administrator).
 */
@Component
@ConditionalOnWebApplication
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final SetupService setup;
    private final BroadsheetProperties.Admin admin;

    FirstAdministrator(AccountService accounts, SetupService setup, BroadsheetProperties properties) {
        this.accounts = accounts;
        this.setup = setup;
        this.admin = properties.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (!admin.email().isBlank() && !admin.password().isBlank()) {
            try {
                Account created = accounts.create(admin.email(), "Administrator", admin.password(), Role.ADMINISTRATOR);
                log.info("event=first_admin_created account_id={} from=properties", created.id());
                return;
            } catch (AccountException e) {
                log.error("event=first_admin_refused reason=\"{}\" note=\"fix BROADSHEET_ADMIN_PASSWORD or use /setup\"",
                        e.getMessage());
            }
        }
        setup.open();
    }
}
