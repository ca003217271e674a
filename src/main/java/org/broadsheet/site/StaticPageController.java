package org.broadsheet.site;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.StaticPage;
import org.broadsheet.platform.web.CacheProfiles;
import org.broadsheet.content.StaticPageService;
import org.broadsheet.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class StaticPageController {

    private final StaticPageService pages;
    private final ChromeFactory chromeFactory;

    StaticPageController(StaticPageService pages, ChromeFactory chromeFactory) {
        this.pages = pages;
        this.chromeFactory = chromeFactory;
    }

    @GetMapping("/{slug:[a-z0-9-]+}")
    String page(@PathVariable String slug, HttpServletRequest request, Model model) {
        StaticPage page = pages.find(slug).orElseThrow(() -> new NotFoundException("No such page"));
        Chrome chrome = chromeFactory.chrome(request);
        PageMeta meta = PageMeta.of(page.title() + " – " + chrome.siteName(), page.title() + " of " + chrome.siteName(),
                chromeFactory.absolute(request, SiteUrls.page(slug)));
        CacheProfiles.tag(request, "page-" + slug);
        model.addAttribute("page", new StaticPageView(chrome, meta, page));
        return "site/static";
    }
}
