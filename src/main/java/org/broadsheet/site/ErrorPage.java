package org.broadsheet.site;

/** The site's own error page: a heading and a helpful sentence, never internals. */
public record ErrorPage(Chrome chrome, PageMeta meta, int status, String heading, String message) {
}
