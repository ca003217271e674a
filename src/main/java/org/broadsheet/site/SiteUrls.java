package org.broadsheet.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The one place that knows the public URL of each kind of page. */
public final class SiteUrls {

    private SiteUrls() {
    }

    public static String article(String slug) {
        return "/story/" + slug;
    }

    public static String category(String slug) {
        return "/category/" + slug;
    }

    public static String tag(String slug) {
        return "/tag/" + slug;
    }

    public static String author(String slug) {
        return "/author/" + slug;
    }

    public static String page(String slug) {
        return "/" + slug;
    }

    public static String search(String query) {
        return "/search?q=" + encode(query);
    }

    public static String related(String slug, int page) {
        return article(slug) + "/related?page=" + page;
    }

    /** {@code path} with the keyset cursor of the next page. */
    public static String nextPage(String path, String cursorToken) {
        return path + (path.contains("?") ? "&" : "?") + "before=" + cursorToken;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
