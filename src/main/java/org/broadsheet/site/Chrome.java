package org.broadsheet.site;

import java.time.ZoneId;
import java.util.List;

import org.broadsheet.content.SiteSettings.LinkGroup;

/**
 * What the site layout shows around every page: header, menus, footer, the reader's preferences.
 *
 * @param currentSection slug of the category the page belongs to, to mark it in the menu (may be null)
 * @param signedIn       whether the reader is signed in: the header links to the account instead of
 *                       "Sign in" (nothing personal, so the page may still be shared by a cache)
 * @param signUpOpen     whether readers may create accounts (the sign-in modal links to /signup)
 * @param privacyUrl     the privacy policy the consent notice links to
 * @param termsUrl       the terms of service the consent notice links to
 */
public record Chrome(
        String siteName,
        String tagline,
        String logoUrl,
        String about,
        String language,
        ZoneId timeZone,
        List<MenuItem> menu,
        List<MenuItem> footerCategories,
        List<LinkGroup> footerGroups,
        List<SocialCount> social,
        int year,
        ReaderPreferences preferences,
        String stylesheetUrl,
        String scriptUrl,
        String searchQuery,
        String currentSection,
        boolean signedIn,
        boolean signUpOpen,
        String privacyUrl,
        String termsUrl) {

    static final String DEFAULT_PRIVACY_URL = "/privacy-policy";
    static final String DEFAULT_TERMS_URL = "/terms-of-service";

    public Chrome(String siteName, String tagline, String logoUrl, String about, String language, ZoneId timeZone,
                  List<MenuItem> menu, List<MenuItem> footerCategories, List<LinkGroup> footerGroups,
                  List<SocialCount> social, int year, ReaderPreferences preferences, String stylesheetUrl,
                  String scriptUrl, String searchQuery, String currentSection, boolean signedIn) {
        this(siteName, tagline, logoUrl, about, language, timeZone, menu, footerCategories, footerGroups, social, year,
                preferences, stylesheetUrl, scriptUrl, searchQuery, currentSection, signedIn, false, DEFAULT_PRIVACY_URL,
                DEFAULT_TERMS_URL);
    }

    /** A page for a reader who is not signed in. */
    public Chrome(String siteName, String tagline, String logoUrl, String about, String language, ZoneId timeZone,
                  List<MenuItem> menu, List<MenuItem> footerCategories, List<LinkGroup> footerGroups,
                  List<SocialCount> social, int year, ReaderPreferences preferences, String stylesheetUrl,
                  String scriptUrl, String searchQuery, String currentSection) {
        this(siteName, tagline, logoUrl, about, language, timeZone, menu, footerCategories, footerGroups, social, year,
                preferences, stylesheetUrl, scriptUrl, searchQuery, currentSection, false, false, DEFAULT_PRIVACY_URL,
                DEFAULT_TERMS_URL);
    }

    public record MenuItem(String slug, String name, String url) {
    }

    /** A social profile with its audience already in compact form ("248.1k"). */
    public record SocialCount(String network, String url, String count, String audienceNoun, String actionLabel) {
    }

    public Chrome inSection(String categorySlug) {
        return new Chrome(siteName, tagline, logoUrl, about, language, timeZone, menu, footerCategories, footerGroups,
                social, year, preferences, stylesheetUrl, scriptUrl, searchQuery, categorySlug, signedIn, signUpOpen, privacyUrl, termsUrl);
    }

    public Chrome withSearchQuery(String query) {
        return new Chrome(siteName, tagline, logoUrl, about, language, timeZone, menu, footerCategories, footerGroups,
                social, year, preferences, stylesheetUrl, scriptUrl, query, currentSection, signedIn, signUpOpen, privacyUrl, termsUrl);
    }

    public String dateTime(java.time.Instant time) {
        return Format.dateTime(time, timeZone);
    }

    public String date(java.time.Instant time) {
        return Format.date(time, timeZone);
    }
}
