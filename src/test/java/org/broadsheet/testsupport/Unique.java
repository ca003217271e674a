package org.broadsheet.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/** Names no other test uses: tests share one database, so each makes its own categories, tags and authors. */
public final class Unique {

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyz";

    private Unique() {
    }

    /** {@code "Harbour"} becomes e.g. {@code "Harbour Qxkzt"}; its slug is {@code "harbour-qxkzt"}. */
    public static String name(String base) {
        StringBuilder suffix = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        suffix.append(Character.toUpperCase(LETTERS.charAt(random.nextInt(LETTERS.length()))));
        for (int i = 0; i < 7; i++) {
            suffix.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return base + " " + suffix;
    }

    /** A slug no other test uses, starting with {@code base}. */
    public static String slug(String base) {
        return org.broadsheet.content.Slugs.of(name(base));
    }
}
