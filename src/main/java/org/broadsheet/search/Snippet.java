package org.broadsheet.search;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * An excerpt of a story with the matched words in {@code <mark>}. Built only here: the story's
 * text is HTML-escaped first, so the only markup in it is ours.
 */
public final class Snippet implements Content {

    private final String html;

    private Snippet(String html) {
        this.html = html;
    }

    /** From the highlighter, whose formatter escapes the text and adds only {@code <mark>}. */
    static Snippet ofHighlighted(String escapedHtml) {
        return new Snippet(escapedHtml);
    }

    static Snippet ofText(String text) {
        return new Snippet(escape(text == null ? "" : text));
    }

    public String html() {
        return html;
    }

    public boolean isEmpty() {
        return html.isBlank();
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(html);
    }

    @Override
    public String toString() {
        return html;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
