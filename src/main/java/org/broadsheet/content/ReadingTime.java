package org.broadsheet.content;

/** Minutes to read a text at an adult's average silent reading speed. */
public final class ReadingTime {

    static final int WORDS_PER_MINUTE = 230;

    private ReadingTime() {
    }

    public static int minutes(String plainText) {
        int words = 0;
        boolean inWord = false;
        String text = plainText == null ? "" : plainText;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
