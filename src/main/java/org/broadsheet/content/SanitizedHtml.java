package org.broadsheet.content;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * HTML that went through {@link BodySanitizer}. The only way raw markup reaches a template:
 * jte writes a {@link Content} as it is, everything else escaped.
 */
public final class SanitizedHtml implements Content {

    private final String html;
    private final String text;

    SanitizedHtml(String html, String text) {
        this.html = html;
        this.text = text;
    }

    /** For HTML read back from our own tables, which only ever store sanitised HTML. */
    static SanitizedHtml fromStorage(String html) {
        return new SanitizedHtml(html == null ? "" : html, null);
    }

    /** The plain text, when known from sanitising (null for HTML read back from storage). */
    String text() {
        return text;
    }

    public String html() {
        return html;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(html);
    }

    @Override
    public String toString() {
        return html;
    }
}
