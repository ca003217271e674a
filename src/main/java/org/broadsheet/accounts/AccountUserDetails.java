package org.broadsheet.accounts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Accounts as Spring Security sees them: the e-mail as user name, the role and its capabilities as authorities. */
@Component
class AccountUserDetails implements UserDetailsService {

    private final AccountService accounts;

    AccountUserDetails(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountRepository.Credentials credentials = accounts.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        Account account = credentials.account();
        return User.withUsername(account.email())
                .password(credentials.passwordHash())
                .disabled(account.disabled())
                .authorities(authorities(account.role()))
                .build();
    }

    static List<GrantedAuthority> authorities(Role role) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        role.capabilities().forEach(c -> authorities.add(new SimpleGrantedAuthority(c.authority())));
        return authorities;
    }
}
