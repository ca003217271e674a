package org.broadsheet.platform.web;

/**
 * The Cache-Control values of the site, in one place. Public pages may be kept a short while by
 * browsers and longer by shared caches (CDNs), and served stale while revalidating or when the
 * origin fails; pages with a form token or a session are never stored.
 */
public final class CacheProfiles {

    /** HTML pages for anonymous readers. */
    public static final String PUBLIC_PAGE = "public, max-age=60, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400";
    /** Feeds, sitemaps, JSON of the public API. */
    public static final String PUBLIC_DATA = "public, max-age=300, s-maxage=300, stale-while-revalidate=300, stale-if-error=86400";
    /** Anything personal: forms with a CSRF token, signed-in pages. */
    public static final String PRIVATE = "private, no-store";
    /** The header that names what a response shows, for purging a CDN by key (Fastly; Cloudflare reads Cache-Tag). */
    public static final String SURROGATE_KEY = "Surrogate-Key";
    public static final String CACHE_TAG = "Cache-Tag";
    /** Request attribute where controllers leave the surrogate keys of the response (a space-separated string). */
    public static final String SURROGATE_KEYS_ATTRIBUTE = CacheProfiles.class.getName() + ".keys";

    private CacheProfiles() {
    }

    /** Names what the response to {@code request} shows, e.g. {@code "article-42", "category-world"}. */
    public static void tag(jakarta.servlet.http.HttpServletRequest request, String... keys) {
        Object existing = request.getAttribute(SURROGATE_KEYS_ATTRIBUTE);
        String joined = String.join(" ", keys);
        request.setAttribute(SURROGATE_KEYS_ATTRIBUTE, existing instanceof String e && !e.isBlank() ? e + " " + joined : joined);
    }
}
