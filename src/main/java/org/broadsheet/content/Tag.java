package org.broadsheet.content;

public record Tag(long id, String slug, String name) {
}
