package org.broadsheet.content;

import java.time.Instant;

/** A page outside the news flow: About Us, Privacy Policy and the like. */
public record StaticPage(long id, String slug, String title, SanitizedHtml body, Instant updatedAt) {
}
