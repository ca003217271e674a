package org.broadsheet.syndication;

import java.util.List;

/**
 * How one poll of a source went. {@code fetched}: a new feed document came (false for 304 Not
 * Modified and failures); the counts as in {@link IngestOutcome}; {@code error}: why the poll failed,
 * in plain words, else null.
 */
public record PollOutcome(boolean fetched, int created, int updated, int queued, int held, int duplicates, int skipped,
                          int withdrawn, String error, List<String> itemErrors) {

    static PollOutcome failed(String error) {
        return new PollOutcome(false, 0, 0, 0, 0, 0, 0, 0, error, List.of());
    }

    static PollOutcome notModified() {
        return new PollOutcome(false, 0, 0, 0, 0, 0, 0, 0, null, List.of());
    }

    static PollOutcome of(IngestOutcome o) {
        return new PollOutcome(true, o.created(), o.updated(), o.queued(), o.held(), o.duplicates(), o.skipped(),
                o.withdrawn(), null, o.itemErrors());
    }

    /** One line for editors: "3 new, 1 updated, 2 duplicates" or the error. */
    public String summary() {
        if (error != null) {
            return "The poll failed: " + error;
        }
        if (!fetched) {
            return "Nothing new (the feed has not changed).";
        }
        return created + " new, " + updated + " updated, " + queued + " for review, " + held + " under embargo, "
                + duplicates + " duplicates, " + skipped + " skipped"
                + (itemErrors.isEmpty() ? "." : ", " + itemErrors.size() + " items with errors.");
    }
}
