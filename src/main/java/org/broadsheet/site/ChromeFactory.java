package org.broadsheet.site;

import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.SiteSettings;
import org.broadsheet.content.SiteSettingsService;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link Chrome} of a page from settings, categories and the reader's cookies. */
@Component
public class ChromeFactory {

    private static final int FOOTER_CATEGORIES = 6;

    private final SiteSettingsService settings;
    private final TaxonomyService taxonomy;
    private final ObjectProvider<ResourceUrlProvider> assets;
    private final BroadsheetProperties properties;
    private final Clock clock;

    ChromeFactory(SiteSettingsService settings, TaxonomyService taxonomy, ObjectProvider<ResourceUrlProvider> assets,
                  BroadsheetProperties properties, Clock clock) {
        this.settings = settings;
        this.taxonomy = taxonomy;
        this.assets = assets;
        this.properties = properties;
        this.clock = clock;
    }

    public Chrome chrome(HttpServletRequest request) {
        SiteSettings site = settings.settings();
        List<Chrome.MenuItem> menu = taxonomy.menuCategories().stream()
                .map(c -> new Chrome.MenuItem(c.slug(), c.name(), SiteUrls.category(c.slug()))).toList();
        List<Chrome.MenuItem> footerCategories = menu.isEmpty()
                ? taxonomy.categories().stream().sorted(Comparator.comparing(c -> c.name()))
                        .limit(FOOTER_CATEGORIES).map(c -> new Chrome.MenuItem(c.slug(), c.name(), SiteUrls.category(c.slug()))).toList()
                : menu.stream().limit(FOOTER_CATEGORIES).toList();
        List<Chrome.SocialCount> social = site.socialProfiles().stream()
                .map(p -> new Chrome.SocialCount(p.network(), p.url(), Format.compact(p.followers()), p.audienceNoun(), p.actionLabel()))
                .toList();
        return new Chrome(site.name(), site.tagline(), site.logoUrl(), site.about(), site.language(), site.timeZone(),
                menu, footerCategories, site.footerGroups(), social, Year.now(clock.withZone(site.timeZone())).getValue(),
                ReaderPreferences.from(request), asset("/assets/site.css"), asset("/assets/site.js"), "", null,
                request.getUserPrincipal() != null, site.signUpOpen(),
                site.privacyUrl() == null ? Chrome.DEFAULT_PRIVACY_URL : site.privacyUrl(),
                site.termsUrl() == null ? Chrome.DEFAULT_TERMS_URL : site.termsUrl());
    }

    /** The absolute form of a site path, for canonical links and share buttons. */
    public String absolute(HttpServletRequest request, String path) {
        String base = properties.baseUrl();
        if (base == null || base.isBlank()) {
            StringBuilder origin = new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
            int port = request.getServerPort();
            if (!(port == 80 && "http".equals(request.getScheme())) && !(port == 443 && "https".equals(request.getScheme()))) {
                origin.append(':').append(port);
            }
            base = origin.toString();
        }
        return base.replaceAll("/+$", "") + path;
    }

    /** Like {@link #absolute} but passes URLs that are absolute already. */
    public String absoluteOrSame(HttpServletRequest request, String pathOrUrl) {
        return pathOrUrl.startsWith("/") ? absolute(request, pathOrUrl) : pathOrUrl;
    }

    /** The fingerprinted URL of one of the site's own assets (/assets/...), for immutable caching. */
    public String asset(String path) {
        ResourceUrlProvider provider = assets.getIfAvailable();
        String versioned = provider == null ? null : provider.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
