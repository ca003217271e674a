package org.broadsheet.newsroom.admin;

import java.util.List;

import org.broadsheet.accounts.AccessToken;
import org.broadsheet.newsroom.NewsroomFrame;

/**
 * Access tokens for the Admin API: one's own (administrators: everyone's), the form for a new one,
 * and a just-made token's secret, shown this once ({@code created}, else null).
 */
public record TokensPage(NewsroomFrame frame, List<AccessToken> tokens, boolean everyone, String created,
                         String createdName, String name, String error, String notice) {
}
