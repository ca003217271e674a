package org.broadsheet.content;

/** A person (or a wire desk) credited in bylines. */
public record Author(long id, String slug, String name, String bio, String avatarUrl) {
}
