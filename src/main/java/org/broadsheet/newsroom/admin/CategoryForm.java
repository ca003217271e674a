package org.broadsheet.newsroom.admin;

import org.broadsheet.content.Category;

/** A category as typed in the newsroom: parent empty for a top-level category. */
public record CategoryForm(String name, String slug, String description, Long parentId) {

    static CategoryForm empty() {
        return new CategoryForm("", "", "", null);
    }

    static CategoryForm of(Category c) {
        return new CategoryForm(c.name(), c.slug(), c.description() == null ? "" : c.description(), c.parentId());
    }

    public String nameOrEmpty() {
        return name == null ? "" : name;
    }

    public String slugOrEmpty() {
        return slug == null ? "" : slug;
    }

    public String descriptionOrEmpty() {
        return description == null ? "" : description;
    }
}
