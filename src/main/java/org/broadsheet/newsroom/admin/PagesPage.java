package org.broadsheet.newsroom.admin;

import java.util.List;

import org.broadsheet.content.StaticPageService;
import org.broadsheet.newsroom.NewsroomFrame;

/** The list of static pages. */
public record PagesPage(NewsroomFrame frame, List<StaticPageService.Editable> pages, String notice) {
}
