package org.broadsheet.browser;

import java.util.function.Function;

/** The kinds of reader page the quality checks visit, each found on the running demo site. */
public enum SitePage {

    HOME("home page", content -> "/"),
    CATEGORY("category archive", SiteContent::categoryPath),
    ARTICLE("story page", content -> content.newestStory().path()),
    STATIC("static page /about-us", content -> "/about-us"),
    SEARCH("search results", content -> "/search?q=climate"),
    CONTACT("contact page", content -> "/contact-us"),
    NOT_FOUND("404 page", content -> "/no-such-page-" + Long.toHexString(System.nanoTime()));

    private final String description;
    private final Function<SiteContent, String> path;

    SitePage(String description, Function<SiteContent, String> path) {
        this.description = description;
        this.path = path;
    }

    /** The path of a page of this kind on the site {@code content} describes. */
    public String path(SiteContent content) {
        return path.apply(content);
    }

    @Override
    public String toString() {
        return description;
    }
}
