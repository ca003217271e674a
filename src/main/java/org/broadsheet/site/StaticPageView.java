package org.broadsheet.site;

import org.broadsheet.content.StaticPage;

/** About Us, Privacy Policy and the other static pages. */
public record StaticPageView(Chrome chrome, PageMeta meta, StaticPage staticPage) {
}
