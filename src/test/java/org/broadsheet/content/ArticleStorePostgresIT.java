package org.broadsheet.content;

import org.broadsheet.testsupport.OnPostgres;

/** {@link ArticleStoreContract} on PostgreSQL (embedded, no Docker). */
@OnPostgres
class ArticleStorePostgresIT extends ArticleStoreContract {
}
