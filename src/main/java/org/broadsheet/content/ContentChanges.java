package org.broadsheet.content;

import java.util.List;

/**
 * Published on this node once after a transaction that wrote many changes at a time (a batch of
 * wire stories), instead of one {@link ContentChanged} each, so listeners can act once per batch.
 *
 * @param changes in journal order
 */
public record ContentChanges(List<ContentChanged> changes) {
}
