package org.broadsheet.syndication.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A feed as a format parser read it: its own title, link and date, and its raw items. */
final class RawFeed {

    final String format;
    String title;
    String link;
    Instant updated;
    final List<RawItem> items = new ArrayList<>();
    /** Items a parser could not read at all, in plain words. */
    final List<String> errors = new ArrayList<>();

    RawFeed(String format) {
        this.format = format;
    }
}
