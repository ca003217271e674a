package org.broadsheet.newsroom.admin;

import java.util.List;

import org.broadsheet.content.Category;
import org.broadsheet.newsroom.NewsroomFrame;

/**
 * The site settings screen.
 *
 * @param menu every category with its place in the header menu (null: not in it)
 * @param saved whether the settings were just saved
 */
public record SettingsPage(NewsroomFrame frame, SettingsForm form, List<MenuEntry> menu, FormErrors errors,
                           boolean saved) {

    public record MenuEntry(long id, String name, String position) {
    }

    public String error(String field) {
        return errors.get(field);
    }
}
