package org.broadsheet.content;

/** A category or tag with the number of stories (of any status) filed under it. */
public record TaxonomyCount(long id, String slug, String name, long stories) {
}
