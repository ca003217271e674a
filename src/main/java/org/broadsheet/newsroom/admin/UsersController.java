package org.broadsheet.newsroom.admin;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountException;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.accounts.Capability;
import org.broadsheet.accounts.PasswordResetService;
import org.broadsheet.accounts.Role;
import org.broadsheet.newsroom.NewsroomFrame;
import org.broadsheet.newsroom.NewsroomFrames;
import org.broadsheet.platform.web.NotFoundException;
import org.broadsheet.site.ChromeFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /newsroom/users} (administrators): invite people (they get a mail to choose their
 * password), change roles, disable and enable accounts. The last administrator stays one.
 */
@Controller
class UsersController {

    static final String PATH = "/newsroom/users";
    static final int PER_PAGE = 50;

    private final NewsroomFrames frames;
    private final AccountService accounts;
    private final PasswordResetService resets;
    private final ChromeFactory chromeFactory;
    private final Audited audited;

    UsersController(NewsroomFrames frames, AccountService accounts, PasswordResetService resets,
                    ChromeFactory chromeFactory, Audited audited) {
        this.frames = frames;
        this.accounts = accounts;
        this.resets = resets;
        this.chromeFactory = chromeFactory;
        this.audited = audited;
    }

    @GetMapping(PATH)
    String list(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String done,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        String notice = done == null ? null : switch (done) {
            case "invited" -> "The invitation is sent: the link in it lets them choose a password.";
            default -> "The account is changed.";
        };
        return render(frame(request, response), Math.max(1, Math.min(page, 10_000)), UsersPage.InviteForm.empty(), notice,
                null, model);
    }

    @PostMapping(PATH)
    String invite(@ModelAttribute UsersPage.InviteForm form, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        NewsroomFrame frame = frame(request, response);
        try {
            Role role = role(form.role());
            audited.run(frame.viewer(), "invited", "user", (Account a) -> Long.toString(a.id()),
                    "invited " + form.emailOrEmpty().strip() + " as " + role.label().toLowerCase(Locale.ROOT),
                    () -> resets.invite(form.email(), form.displayName(), role, frame.viewer().displayName(),
                            frame.siteName(), chromeFactory.absolute(request, "/password/reset")));
            return "redirect:" + PATH + "?done=invited";
        } catch (AccountException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(frame, 1, form, null, e.getMessage(), model);
        }
    }

    @PostMapping(PATH + "/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam(defaultValue = "") String role, HttpServletRequest request,
                      HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response);
        Account account = account(id);
        try {
            Role newRole = role(role);
            audited.run(frame.viewer(), "role changed", "user", Long.toString(id),
                    "made " + account.email() + " " + newRole.label().toLowerCase(Locale.ROOT)
                            + " (was " + account.role().label().toLowerCase(Locale.ROOT) + ")",
                    () -> accounts.changeRole(id, newRole));
            return "redirect:" + PATH + "?done=changed";
        } catch (AccountException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(frame, 1, UsersPage.InviteForm.empty(), null, account.email() + ": " + e.getMessage(), model);
        }
    }

    @PostMapping(PATH + "/{id}/disabled")
    String setDisabled(@PathVariable long id, @RequestParam(defaultValue = "true") boolean disabled,
                       HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response);
        Account account = account(id);
        try {
            audited.run(frame.viewer(), disabled ? "disabled" : "enabled", "user", Long.toString(id),
                    (disabled ? "disabled " : "enabled ") + account.email(), () -> accounts.setDisabled(id, disabled));
            return "redirect:" + PATH + "?done=changed";
        } catch (AccountException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(frame, 1, UsersPage.InviteForm.empty(), null, account.email() + ": " + e.getMessage(), model);
        }
    }

    private String render(NewsroomFrame frame, int page, UsersPage.InviteForm form, String notice, String problem,
                          Model model) {
        List<Account> list = accounts.list(PER_PAGE + 1, (page - 1) * PER_PAGE);
        boolean more = list.size() > PER_PAGE;
        model.addAttribute("page", new UsersPage(frame, more ? list.subList(0, PER_PAGE) : list, page, more, form,
                notice, problem));
        return "newsroom/users";
    }

    private static Role role(String key) {
        try {
            return Role.fromKey(key == null ? "" : key.strip());
        } catch (IllegalArgumentException e) {
            throw new AccountException("Choose one of the roles.");
        }
    }

    private Account account(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("No such account"));
    }

    private NewsroomFrame frame(HttpServletRequest request, HttpServletResponse response) {
        NewsroomFrame frame = frames.frame(request, response, "Users", "users");
        if (!frame.can(Capability.MANAGE_USERS)) {
            throw new AccessDeniedException("users");
        }
        return frame;
    }
}
