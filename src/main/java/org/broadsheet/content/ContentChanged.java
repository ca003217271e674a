package org.broadsheet.content;

/** Published on this node after a transaction that changed content has committed. */
public record ContentChanged(String entity, long entityId, String action) {
}
