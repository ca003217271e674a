package org.broadsheet.content;

import org.broadsheet.testsupport.OnPostgres;

/** {@link ContentWritesContract} on PostgreSQL (embedded, no Docker). */
@OnPostgres
class ContentWritesPostgresIT extends ContentWritesContract {
}
