package org.broadsheet.search;

import java.nio.file.Path;

import org.broadsheet.platform.config.BroadsheetProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the index lives: {@code broadsheet.search.index-dir}, by default {@code <data-dir>/index}.
 * An index belongs to one database: two sites (or test contexts) on different databases need
 * different directories.
 */
@Component
class IndexLocation {

    private final Path root;

    IndexLocation(BroadsheetProperties properties, @Value("${broadsheet.search.index-dir:}") String indexDir) {
        this.root = indexDir.isBlank() ? properties.dataDir().resolve("index") : Path.of(indexDir);
    }

    Path root() {
        return root;
    }
}
