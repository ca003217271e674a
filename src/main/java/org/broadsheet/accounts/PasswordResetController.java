package org.broadsheet.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.site.ChromeFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Lost your password?" and the page behind the mailed link. */
@Controller
class PasswordResetController {

    static final String FORGOT = "/password/forgot";
    static final String RESET = "/password/reset";

    private final PasswordResetService resets;
    private final AccountPages pages;
    private final ChromeFactory chromeFactory;

    PasswordResetController(PasswordResetService resets, AccountPages pages, ChromeFactory chromeFactory) {
        this.resets = resets;
        this.pages = pages;
        this.chromeFactory = chromeFactory;
    }

    @GetMapping(FORGOT)
    String forgot(@RequestParam(required = false) String sent, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        model.addAttribute("page", new PasswordResetPages.Forgot(
                pages.frame("Lost your password?", request, response), sent != null));
        return "accounts/forgot";
    }

    /** The same answer whether or not an account uses the address. */
    @PostMapping(FORGOT)
    String requestLink(@RequestParam(defaultValue = "") String email, HttpServletRequest request) {
        if (!email.isBlank() && email.length() <= 200) {
            String siteName = chromeFactory.chrome(request).siteName();
            resets.request(email, siteName, chromeFactory.absolute(request, RESET));
        }
        return "redirect:" + FORGOT + "?sent";
    }

    @GetMapping(RESET)
    String resetForm(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        boolean valid = resets.check(token).isPresent();
        if (!valid) {
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        return render(token, valid, null, request, response, model);
    }

    @PostMapping(RESET)
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                 @RequestParam(defaultValue = "") String confirm, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        if (!password.equals(confirm)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(token, resets.check(token).isPresent(), "The two passwords are not the same.", request,
                    response, model);
        }
        try {
            resets.reset(token, password);
            return "redirect:/login?reset";
        } catch (AccountException e) {
            boolean valid = resets.check(token).isPresent();
            response.setStatus(valid ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_GONE);
            return render(token, valid, e.getMessage(), request, response, model);
        }
    }

    private String render(String token, boolean valid, String error, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        model.addAttribute("page", new PasswordResetPages.Reset(
                pages.frame("Choose a new password", request, response), token, valid, error));
        return "accounts/reset";
    }
}
