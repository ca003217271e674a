package org.broadsheet.content;

/**
 * Published on this node after a transaction that changed content has committed.
 *
 * @param journalId the change's row in the journal, so followers of the journal can skip what this node handled
 */
public record ContentChanged(long journalId, String entity, long entityId, String action) {
}
