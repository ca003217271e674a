package org.broadsheet.newsroom.admin;

import java.util.List;

import org.broadsheet.content.Category;
import org.broadsheet.content.TaxonomyCount;
import org.broadsheet.newsroom.NewsroomFrame;

/** Categories and tags: the lists with story counts, and the form for a new category. */
public record CategoriesPage(NewsroomFrame frame, List<Row> categories, List<TaxonomyCount> tags, int tagPage,
                             boolean moreTags, List<Category> parents, CategoryForm form, FormErrors errors,
                             String notice) {

    /** A category with its parent's name and its number of stories. */
    public record Row(long id, String name, String slug, String parentName, long stories, Integer menuPosition) {
    }

    public String error(String field) {
        return errors.get(field);
    }
}
