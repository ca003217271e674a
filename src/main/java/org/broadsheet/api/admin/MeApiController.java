package org.broadsheet.api.admin;

import java.security.Principal;
import java.util.List;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/me}: who the access token acts as, and what that role may do. */
@RestController
class MeApiController {

    private final AccountService accounts;

    MeApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    record Me(long id, String email, String displayName, String role, List<String> capabilities) {
    }

    @GetMapping("/api/admin/me")
    Me me(Principal principal) {
        Account account = accounts.findByEmail(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("account is gone"));
        return new Me(account.id(), account.email(), account.displayName(), account.role().key(),
                account.role().capabilities().stream().sorted().map(c -> c.name().toLowerCase()).toList());
    }
}
