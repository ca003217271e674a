package org.broadsheet.accounts;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Everyone signed in edits their own display name and password here (the current password is required). */
@Controller
class ProfileController {

    static final String PATH = "/account";

    private final AccountService accounts;
    private final AccountPages pages;

    ProfileController(AccountService accounts, AccountPages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    @GetMapping(PATH)
    String show(@RequestParam(required = false) String saved, Principal principal, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        String notice = saved == null ? null
                : "password".equals(saved) ? "Your new password is saved. Other remembered browsers are signed out."
                : "Your name is saved.";
        return render(me(principal), notice, false, request, response, model);
    }

    @PostMapping(PATH + "/name")
    String changeName(@RequestParam(defaultValue = "") String displayName, Principal principal,
                      HttpServletRequest request, HttpServletResponse response, Model model) {
        Account me = me(principal);
        try {
            accounts.changeDisplayName(me.id(), displayName);
            return "redirect:" + PATH + "?saved=name";
        } catch (AccountException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(me, e.getMessage(), true, request, response, model);
        }
    }

    @PostMapping(PATH + "/password")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String confirm, Principal principal,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        Account me = me(principal);
        try {
            if (!password.equals(confirm)) {
                throw new AccountException("The two new passwords are not the same.");
            }
            accounts.changePassword(me.id(), current, password);
            return "redirect:" + PATH + "?saved=password";
        } catch (AccountException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(me, e.getMessage(), true, request, response, model);
        }
    }

    private Account me(Principal principal) {
        return accounts.findByEmail(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("account is gone"));
    }

    private String render(Account me, String notice, boolean error, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        model.addAttribute("page", new ProfilePage(pages.frame("Your account", request, response), me, notice, error));
        return "accounts/profile";
    }
}
