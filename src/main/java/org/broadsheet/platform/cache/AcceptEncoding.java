package org.broadsheet.platform.cache;

import java.util.Locale;

/** Reads an {@code Accept-Encoding} header: is a coding acceptable (listed, or {@code *}, and not {@code q=0})? */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    static boolean accepts(String header, String coding) {
        if (header == null || header.isBlank()) {
            return false;
        }
        Boolean wildcard = null;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String name = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean allowed = !zeroQuality(pieces);
            if (name.equals(coding)) {
                return allowed;
            }
            if (name.equals("*")) {
                wildcard = allowed;
            }
        }
        return Boolean.TRUE.equals(wildcard);
    }

    private static boolean zeroQuality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip()) <= 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
