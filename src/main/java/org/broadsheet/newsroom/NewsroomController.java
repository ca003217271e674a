package org.broadsheet.newsroom;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.site.Chrome;
import org.broadsheet.site.ChromeFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The newsroom's landing page (contributors and up; the security configuration keeps others out). */
@Controller
class NewsroomController {

    private final AccountService accounts;
    private final ChromeFactory chromeFactory;

    NewsroomController(AccountService accounts, ChromeFactory chromeFactory) {
        this.accounts = accounts;
        this.chromeFactory = chromeFactory;
    }

    @GetMapping("/newsroom")
    String home(Principal principal, HttpServletRequest request, HttpServletResponse response, Model model) {
        Account viewer = accounts.findByEmail(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("account is gone"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Chrome chrome = chromeFactory.chrome(request);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        NewsroomFrame frame = new NewsroomFrame(chrome.siteName(), "Newsroom", chrome.stylesheetUrl(), viewer,
                csrf.getParameterName(), csrf.getToken());
        model.addAttribute("page", new NewsroomPage(frame, List.copyOf(viewer.role().capabilities().stream()
                .sorted().toList())));
        return "newsroom/home";
    }
}
