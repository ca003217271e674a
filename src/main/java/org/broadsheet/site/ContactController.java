package org.broadsheet.site;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.broadsheet.content.StaticPage;
import org.broadsheet.content.StaticPageService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ContactController {

    static final String PATH = "/contact-us";

    private final ContactService contact;
    private final StaticPageService pages;
    private final ChromeFactory chromeFactory;

    ContactController(ContactService contact, StaticPageService pages, ChromeFactory chromeFactory) {
        this.contact = contact;
        this.pages = pages;
        this.chromeFactory = chromeFactory;
    }

    @GetMapping(PATH)
    String form(@RequestParam(required = false) String sent, HttpServletRequest request, Model model) {
        boolean wasSent = sent != null;
        String notice = wasSent ? "Thank you. Your message has reached the newsroom; we answer within two working days." : null;
        return render(request, model, ContactForm.empty(), Map.of(), notice, wasSent);
    }

    @PostMapping(PATH)
    String submit(@Valid @ModelAttribute ContactForm form, BindingResult result, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        if (result.hasErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            result.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), e.getDefaultMessage()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(request, model, form, errors, "Please correct the marked fields; nothing was sent yet.", false);
        }
        ContactService.Outcome outcome = contact.submit(form, request.getRemoteAddr());
        if (outcome == ContactService.Outcome.RATE_LIMITED) {
            response.setStatus(429);
            long minutes = Math.max(1, contact.window().toMinutes());
            return render(request, model, form, Map.of(),
                    "You have sent several messages in a short time. Please try again in " + minutes
                            + " minutes; your text is still here.", false);
        }
        return "redirect:" + PATH + "?sent=1";
    }

    private String render(HttpServletRequest request, Model model, ContactForm form, Map<String, String> errors,
                          String notice, boolean sent) {
        Chrome chrome = chromeFactory.chrome(request);
        StaticPage intro = pages.find("contact-us").orElse(null);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        PageMeta meta = PageMeta.of("Contact Us – " + chrome.siteName(), "Write to the newsroom of " + chrome.siteName() + ".",
                chromeFactory.absolute(request, PATH));
        ContactForm shown = new ContactForm(nullToEmpty(form.name()), nullToEmpty(form.email()),
                nullToEmpty(form.subject()), nullToEmpty(form.message()), "");
        model.addAttribute("page", new ContactPage(chrome, meta, intro, shown, errors, notice, sent,
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken()));
        return "site/contact";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
