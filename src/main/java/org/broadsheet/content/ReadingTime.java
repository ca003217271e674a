package org.broadsheet.content;

/** Minutes to read a text at an adult's average silent reading speed. */
public final class ReadingTime {

    static final int WORDS_PER_MINUTE = 230;

    private ReadingTime() {
    }

    public static int minutes(String plainText) {
        String trimmed = plainText == null ? "" : plainText.strip();
        if (trimmed.isEmpty()) {
            return 1;
        }
        int words = trimmed.split("\\s+").length;
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
