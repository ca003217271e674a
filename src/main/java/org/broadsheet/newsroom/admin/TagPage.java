package org.broadsheet.newsroom.admin;

import org.broadsheet.content.Tag;
import org.broadsheet.newsroom.NewsroomFrame;

/** One tag: rename, merge into another tag, delete. */
public record TagPage(NewsroomFrame frame, Tag tag, String name, String slug, String into, FormErrors errors) {

    public String error(String field) {
        return errors.get(field);
    }
}
