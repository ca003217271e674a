package org.broadsheet.search;

import java.util.Set;

/**
 * Published after the index took in changes to these stories, so that pages showing search-made
 * lists (related stories, top stories) can be refreshed once the index, not only the database, knows.
 */
public record SearchIndexChanged(Set<Long> articleIds) {
}
