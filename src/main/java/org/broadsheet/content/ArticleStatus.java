package org.broadsheet.content;

import java.util.Locale;

public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, TRASHED;

    /** The value stored in the {@code article.status} column. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
