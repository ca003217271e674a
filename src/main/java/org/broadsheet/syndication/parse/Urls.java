package org.broadsheet.syndication.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URLs from feeds: resolved against the feed's base, protocol-relative made absolute, only http(s) kept. */
final class Urls {

    private Urls() {
    }

    /** {@code ref} resolved against {@code base}; null when it cannot be made into a URI. */
    static URI resolve(URI base, String ref) {
        if (ref == null) {
            return null;
        }
        String r = escapeIllegal(ref.strip());
        if (r.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(r);
            if (uri.isAbsolute()) {
                return uri;
            }
            if (base == null) {
                return r.startsWith("//") ? new URI("https:" + r) : null;
            }
            URI b = base;
            if (b.getRawPath() == null || b.getRawPath().isEmpty()) {
                b = new URI(b.getScheme(), b.getRawAuthority(), "/", null, null);
            }
            return b.resolve(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** An absolute http(s) URL string for {@code ref}, or null (javascript:, data:, mailto:, unparsable, no host). */
    static String absoluteHttp(String ref, URI base) {
        URI uri = resolve(base, ref);
        if (uri == null || uri.getScheme() == null || uri.getHost() == null && uri.getRawAuthority() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        String s = uri.toString();
        return s.regionMatches(true, 0, scheme, 0, scheme.length()) && !s.startsWith(scheme) ? scheme + s.substring(scheme.length()) : s;
    }

    static boolean looksLikeHttpUrl(String s) {
        if (s == null) {
            return false;
        }
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://");
    }

    private static String escapeIllegal(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case ' ' -> "%20";
                case '"' -> "%22";
                case '<' -> "%3C";
                case '>' -> "%3E";
                case '\\' -> "/";
                case '^' -> "%5E";
                case '`' -> "%60";
                case '{' -> "%7B";
                case '|' -> "%7C";
                case '}' -> "%7D";
                case '\t', '\n', '\r' -> "";
                default -> null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                out.append(rep != null ? rep : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }
}
