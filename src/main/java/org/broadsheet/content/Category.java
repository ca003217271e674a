package org.broadsheet.content;

/**
 * A section of the site. {@code parentId} makes breadcrumbs such as Home &gt; World &gt; Europe;
 * {@code menuPosition} puts the category in the header menu (null: not in the menu).
 */
public record Category(long id, String slug, String name, String description, Long parentId, Integer menuPosition) {
}
