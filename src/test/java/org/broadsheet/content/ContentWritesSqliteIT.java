package org.broadsheet.content;

/** {@link ContentWritesContract} on SQLite, the embedded default. */
class ContentWritesSqliteIT extends ContentWritesContract {
}
