package org.broadsheet.syndication.parse;

import java.util.List;

/**
 * A feed read into clean items. {@code itemErrors} says, in plain words, which items were left out
 * and why (one bad item never loses the others).
 */
public record ParsedFeed(String format, String title, String link, List<WireItem> items, List<String> itemErrors) {
}
