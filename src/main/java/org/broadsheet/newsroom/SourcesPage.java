package org.broadsheet.newsroom;

import java.util.List;

import org.broadsheet.content.Category;
import org.broadsheet.syndication.Source;

/** The sources screen: every source with its health, and the OPML import form. */
public record SourcesPage(NewsroomFrame frame, List<Source> sources, List<Category> categories, String notice,
                          List<String> problems) {
}
