package org.broadsheet.platform.web;

import java.util.List;

/** One page of a keyset-paginated list; {@code next} is null on the last page. */
public record Slice<T>(List<T> items, Cursor next) {

    public boolean hasNext() {
        return next != null;
    }

    public String nextToken() {
        return next == null ? null : next.token();
    }
}
