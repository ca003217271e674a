package org.broadsheet.newsroom.admin;

import org.broadsheet.content.StaticPageService;

/** A static page as typed: {@code format} is "markdown" or "html". */
public record PageForm(String title, String slug, String format, String body) {

    static PageForm empty() {
        return new PageForm("", "", "markdown", "");
    }

    static PageForm of(StaticPageService.Editable page) {
        boolean markdown = page.bodyMarkdown() != null;
        return new PageForm(page.title(), page.slug(), markdown ? "markdown" : "html",
                markdown ? page.bodyMarkdown() : page.bodyHtml());
    }

    public boolean markdown() {
        return !"html".equals(format);
    }

    public String titleOrEmpty() {
        return title == null ? "" : title;
    }

    public String slugOrEmpty() {
        return slug == null ? "" : slug;
    }

    public String bodyOrEmpty() {
        return body == null ? "" : body;
    }
}
