package org.broadsheet.content;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The status tabs of the stories list; "pending review" is a draft with a review request. */
public enum StoryTab {
    DRAFT("Drafts", "Draft"),
    REVIEW("Pending review", "Pending review"),
    SCHEDULED("Scheduled", "Scheduled"),
    PUBLISHED("Published", "Published"),
    TRASH("Trash", "Trash");

    private final String title;
    private final String label;

    StoryTab(String title, String label) {
        this.title = title;
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tab's heading ("Drafts"). */
    public String title() {
        return title;
    }

    /** The status of one story in this tab ("Draft"). */
    public String label() {
        return label;
    }

    public static Optional<StoryTab> fromKey(String key) {
        for (StoryTab tab : values()) {
            if (tab.key().equals(key)) {
                return Optional.of(tab);
            }
        }
        return Optional.empty();
    }

    public static StoryTab of(ArticleStatus status, Instant reviewRequestedAt) {
        return switch (status) {
            case DRAFT -> reviewRequestedAt != null ? REVIEW : DRAFT;
            case SCHEDULED -> SCHEDULED;
            case PUBLISHED -> PUBLISHED;
            case TRASHED -> TRASH;
        };
    }
}
