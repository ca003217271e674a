package org.broadsheet.content;

/** {@link ArticleStoreContract} on SQLite, the embedded default. */
class ArticleStoreSqliteIT extends ArticleStoreContract {
}
