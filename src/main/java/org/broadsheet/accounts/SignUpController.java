package org.broadsheet.accounts;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.platform.web.NotFoundException;
import org.broadsheet.site.ChromeFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /signup}: readers create a subscriber account, when the site settings allow it (404 otherwise). */
@Controller
class SignUpController {

    static final String SIGN_UP = "/signup";
    static final String VERIFY = "/signup/verify";

    private final SignUpService signUps;
    private final SiteSettingsService settings;
    private final AccountPages pages;
    private final ChromeFactory chromeFactory;

    SignUpController(SignUpService signUps, SiteSettingsService settings, AccountPages pages, ChromeFactory chromeFactory) {
        this.signUps = signUps;
        this.settings = settings;
        this.pages = pages;
        this.chromeFactory = chromeFactory;
    }

    @GetMapping(SIGN_UP)
    String form(@RequestParam(required = false) String sent, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        requireOpen();
        model.addAttribute("page", new SignUpPage(pages.frame("Create an account", request, response), sent != null,
                "", "", Map.of()));
        return "accounts/signup";
    }

    /** The same answer whether or not the address has an account. */
    @PostMapping(SIGN_UP)
    String signUp(@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String password, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        requireOpen();
        Map<String, String> problems = signUps.problems(displayName, email, password);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", new SignUpPage(pages.frame("Create an account", request, response), false,
                    displayName, email, problems));
            return "accounts/signup";
        }
        signUps.request(displayName, email, password, chromeFactory.chrome(request).siteName(),
                chromeFactory.absolute(request, VERIFY));
        return "redirect:" + SIGN_UP + "?sent";
    }

    @GetMapping(VERIFY)
    String verify(@RequestParam(defaultValue = "") String token, HttpServletResponse response) {
        requireOpen();
        if (signUps.verify(token).isPresent()) {
            return "redirect:/login?verified";
        }
        throw new NotFoundException("This link has expired or was used already.");
    }

    private void requireOpen() {
        if (!settings.settings().signUpOpen()) {
            throw new NotFoundException("No such page");
        }
    }
}
