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
    /** Counted where the text is made (a feed's clean pool, not the single store thread); 0 when the text is not known. */
    private final int readingMinutes;

    SanitizedHtml(String html, String text) {
        this.html = html;
        this.text = text;
        this.readingMinutes = text == null ? 0 : ReadingTime.minutes(text);
    }

    /** For HTML read back from our own tables, which only ever store sanitised HTML. */
    static SanitizedHtml fromStorage(String html) {
        return new SanitizedHtml(html == null ? "" : html, null);
    }

    /** The plain text, when known from sanitising (null for HTML read back from storage). */
    String text() {
        return text;
    }

    /** Minutes to read the text (see {@link ReadingTime}). */
    int readingMinutes() {
        return readingMinutes > 0 ? readingMinutes : ReadingTime.minutes(BodySanitizer.text(html));
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
