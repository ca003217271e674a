package org.broadsheet.newsroom;

import java.util.List;
import java.util.Map;

import org.broadsheet.content.Category;
import org.broadsheet.syndication.ReviewItem;

/**
 * The review queue: items waiting with a preview, each with its own approve/reject form, plus bulk
 * actions. {@code errors} (by item id, then field) and {@code typed} (headline typed per item) come
 * back from a failed approval, so nothing typed is lost.
 */
public record ReviewPage(NewsroomFrame frame, List<ReviewItem> items, long total, List<Category> categories,
                         String notice, Map<Long, Map<String, String>> errors, Map<Long, String> typed) {

    public String error(long id, String field) {
        Map<String, String> e = errors.get(id);
        return e == null ? null : e.get(field);
    }

    public String headline(ReviewItem item) {
        return typed.getOrDefault(item.id(), item.headline());
    }
}
