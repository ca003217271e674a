package org.broadsheet.accounts.cli;

import org.broadsheet.accounts.AccessTokens;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.broadsheet.audit.AuditLog;
import org.broadsheet.platform.cli.Command;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar broadsheet.jar token create --user EMAIL --name NAME}: makes a personal access
 * token for the Admin API and prints it once (only its hash is kept), without starting the web server.
 * (Beside {@code accounts}, not in it: it writes the audit log, which itself knows accounts.)
 */
@Component
class TokenCommand implements Command {

    private final AccessTokens tokens;
    private final AccountService accounts;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    TokenCommand(AccessTokens tokens, AccountService accounts, AuditLog audit, TransactionTemplate transaction) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "token";
    }

    @Override
    public String usage() {
        return "token create --user EMAIL --name NAME   make an Admin API access token (printed once)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<String> email = option(args, "--user");
        Optional<String> name = option(args, "--name");
        if (args.isEmpty() || !"create".equals(args.getFirst()) || email.isEmpty() || name.isEmpty()) {
            err.println("Usage: " + usage());
            return 2;
        }
        Optional<Account> account = accounts.findByEmail(email.get());
        if (account.isEmpty()) {
            err.println("No account has the address " + email.get() + ".");
            return 1;
        }
        if (account.get().disabled()) {
            err.println("The account " + email.get() + " is disabled; enable it first.");
            return 1;
        }
        try {
            AccessTokens.CreatedToken created = transaction.execute(status -> {
                AccessTokens.CreatedToken token = tokens.create(account.get().id(), name.get());
                audit.record(null, "token created", "token", String.valueOf(token.id()),
                        "Token \"" + name.get().strip() + "\" for " + account.get().email() + " (command line)");
                return token;
            });
            err.println("Access token \"" + name.get().strip() + "\" for " + account.get().email() + " ("
                    + account.get().role().label() + "). It is shown only now; keep it secret:");
            out.println(created.token());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static Optional<String> option(List<String> args, String flag) {
        int at = args.indexOf(flag);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }
}
