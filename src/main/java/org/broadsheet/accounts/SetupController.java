package org.broadsheet.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /setup}: the first administrator, guarded by the code in the log; 404 once the site has accounts. */
@Controller
class SetupController {

    private final SetupService setup;
    private final AccountPages pages;

    SetupController(SetupService setup, AccountPages pages) {
        this.setup = setup;
        this.pages = pages;
    }

    @GetMapping("/setup")
    String form(HttpServletRequest request, HttpServletResponse response, Model model) {
        requireOpen();
        return render("", "", null, request, response, model);
    }

    @PostMapping("/setup")
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String confirm,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        requireOpen();
        if (!password.equals(confirm)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(email, displayName, "The two passwords are not the same.", request, response, model);
        }
        try {
            setup.complete(code, email, displayName, password);
            return "redirect:/login?setup";
        } catch (AccountException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(email, displayName, e.getMessage(), request, response, model);
        }
    }

    private void requireOpen() {
        if (!setup.available()) {
            throw new NotFoundException("setup is closed");
        }
    }

    private String render(String email, String displayName, String error, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        model.addAttribute("page", new SetupPage(pages.frame("Set up Broadsheet", request, response), email,
                displayName, error));
        return "accounts/setup";
    }
}
