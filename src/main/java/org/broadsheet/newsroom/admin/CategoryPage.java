package org.broadsheet.newsroom.admin;

import java.util.List;

import org.broadsheet.content.Category;
import org.broadsheet.newsroom.NewsroomFrame;

/** One category: the edit form, and deletion (with where its stories go). */
public record CategoryPage(NewsroomFrame frame, Category category, long stories, CategoryForm form,
                           List<Category> parents, List<Category> moveTargets, FormErrors errors) {

    public String error(String field) {
        return errors.get(field);
    }
}
