package org.broadsheet.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Markdown of authored stories to safe HTML: CommonMark, then the one {@link BodySanitizer}. */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private Markdown() {
    }

    public static SanitizedHtml toHtml(String markdown) {
        return BodySanitizer.sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }
}
