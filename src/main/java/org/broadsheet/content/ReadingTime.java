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
            char c = text.charAt(i);
            boolean space = c < 0x80 ? c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F : Character.isWhitespace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
