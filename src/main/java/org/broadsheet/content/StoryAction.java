package org.broadsheet.content;

import java.util.Locale;
import java.util.Optional;

/** What saving a story in the editor should do with its status. */
public enum StoryAction {
    /** Keep it as a draft (a published or scheduled story goes back to being a draft). */
    DRAFT,
    /** Keep it as a draft and ask an editor to review it. */
    SUBMIT,
    /** Publish it now (or keep it published). */
    PUBLISH,
    /** Publish it at a given time. */
    SCHEDULE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StoryAction> fromKey(String key) {
        for (StoryAction action : values()) {
            if (action.key().equals(key)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
