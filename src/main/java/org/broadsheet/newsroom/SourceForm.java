package org.broadsheet.newsroom;

import org.broadsheet.syndication.SourceSettings;

/** The source form as posted (checkboxes are absent when unticked). */
record SourceForm(String name, String url, String categorySlug, String categoryMap, String mode, String attribution,
                  String allowRewrite, String include, String exclude, String pollMinutes, String seoPolicy,
                  String duplicatePolicy, String enabled) {

    SourceSettings settings() {
        return new SourceSettings(name, url, categorySlug, categoryMap, mode, attribution, allowRewrite != null,
                include, exclude, pollMinutes, seoPolicy, duplicatePolicy, enabled != null);
    }
}
