package org.broadsheet.content;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * HTML that went through {@link BodySanitizer}. The only way raw markup reaches a template:
 * jte writes a {@link Content} as it is, everything else escaped.
 */
public final class SanitizedHtml implements Content {

    private final String html;

    SanitizedHtml(String html) {
        this.html = html;
    }

    /** For HTML read back from our own tables, which only ever store sanitised HTML. */
    static SanitizedHtml fromStorage(String html) {
        return new SanitizedHtml(html == null ? "" : html);
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
