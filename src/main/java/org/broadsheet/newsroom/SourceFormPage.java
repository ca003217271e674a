package org.broadsheet.newsroom;

import java.util.List;
import java.util.Map;

import org.broadsheet.content.Category;
import org.broadsheet.syndication.Source;
import org.broadsheet.syndication.SourceSettings;

/**
 * Adding or editing a source. {@code source} is null for a new one; {@code errors} by field name;
 * {@code settings} holds what was typed, so nothing is lost when something is wrong.
 */
public record SourceFormPage(NewsroomFrame frame, Source source, SourceSettings settings, Map<String, String> errors,
                             List<Category> categories, String notice) {

    public String action() {
        return source == null ? "/newsroom/sources" : "/newsroom/sources/" + source.id();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public List<Source.Mode> modes() {
        return List.of(Source.Mode.values());
    }

    public List<Source.SeoPolicy> seoPolicies() {
        return List.of(Source.SeoPolicy.values());
    }

    public List<Source.DuplicatePolicy> duplicatePolicies() {
        return List.of(Source.DuplicatePolicy.values());
    }
}
