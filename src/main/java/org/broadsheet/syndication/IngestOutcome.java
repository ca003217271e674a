package org.broadsheet.syndication;

import java.util.List;

/**
 * What one ingest of a feed did. {@code created}: new stories published; {@code updated}: stories
 * brought up to date; {@code queued}: items (or updates of edited stories) waiting in the review queue;
 * {@code held}: items under embargo; {@code duplicates}: the same story from another source;
 * {@code skipped}: left out by the keyword filters or withdrawn before we published them;
 * {@code withdrawn}: stories taken down because their source withdrew them; {@code unchanged}: seen before.
 * {@code itemErrors} says which items failed and why (the others went on).
 */
public record IngestOutcome(int created, int updated, int queued, int held, int duplicates, int skipped,
                            int withdrawn, int unchanged, List<String> itemErrors) {
}
