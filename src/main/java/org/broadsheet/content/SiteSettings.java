package org.broadsheet.content;

import java.time.ZoneId;
import java.util.List;

/**
 * Site-wide settings shown on every page.
 *
 * @param footerGroups footer link groups in display order, e.g. "Quick Links", "About Us"
 * @param privacyUrl   the privacy policy (a site path or an http(s) URL), or null
 * @param termsUrl     the terms of service, or null
 * @param signUpOpen   whether readers may create accounts themselves at /signup (off by default)
 */
public record SiteSettings(
        String name,
        String tagline,
        String logoUrl,
        String about,
        ZoneId timeZone,
        String language,
        List<SocialProfile> socialProfiles,
        List<LinkGroup> footerGroups,
        String privacyUrl,
        String termsUrl,
        boolean signUpOpen) {

    /** A social network account with its audience, shown in "Stay Connected". */
    public record SocialProfile(String network, String url, long followers, String audienceNoun, String actionLabel) {
    }

    public record Link(String label, String url) {
    }

    public record LinkGroup(String name, List<Link> links) {
    }
}
