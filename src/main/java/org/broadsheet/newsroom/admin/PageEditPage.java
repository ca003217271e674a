package org.broadsheet.newsroom.admin;

import org.broadsheet.newsroom.NewsroomFrame;

/** A static page's form: a new page when {@code id} is null. */
public record PageEditPage(NewsroomFrame frame, Long id, PageForm form, FormErrors errors) {

    public String error(String field) {
        return errors.get(field);
    }
}
