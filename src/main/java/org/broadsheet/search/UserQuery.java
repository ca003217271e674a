package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed, reduced to words and quoted phrases. Nothing of Lucene's query syntax is
 * honoured, so no input can be a syntax error: operators, wildcards and control characters are
 * just separators, a lone quote is ignored, and long input is cut to bounded sizes.
 *
 * @param words   single words, at most {@link #MAX_WORDS}
 * @param phrases quoted phrases, each at most {@link #MAX_PHRASE_WORDS} words
 */
public record UserQuery(String text, List<String> words, List<String> phrases) {

    public static final int MAX_LENGTH = 500;
    static final int MAX_WORDS = 24;
    static final int MAX_PHRASES = 4;
    static final int MAX_PHRASE_WORDS = 12;
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static UserQuery parse(String raw) {
        String text = raw == null ? "" : raw.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        List<String> phrases = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher m = PHRASE.matcher(text);
        int last = 0;
        while (m.find()) {
            rest.append(text, last, m.start()).append(' ');
            List<String> phraseWords = words(m.group(1), MAX_PHRASE_WORDS);
            if (phraseWords.size() == 1) {
                rest.append(phraseWords.getFirst()).append(' ');
            } else if (phraseWords.size() > 1 && phrases.size() < MAX_PHRASES) {
                phrases.add(String.join(" ", phraseWords));
            }
            last = m.end();
        }
        rest.append(text.substring(last));
        return new UserQuery(text, words(rest.toString(), MAX_WORDS), List.copyOf(phrases));
    }

    /** The same words, the quoted ones no longer as phrases. */
    UserQuery withoutQuotes() {
        List<String> all = new ArrayList<>(words);
        phrases.forEach(p -> all.addAll(List.of(p.split(" "))));
        return new UserQuery(text, List.copyOf(all), List.of());
    }

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    private static List<String> words(String text, int max) {
        List<String> result = new ArrayList<>();
        for (String word : SEPARATORS.split(text)) {
            if (!word.isEmpty() && result.size() < max) {
                result.add(word.length() > 40 ? word.substring(0, 40) : word);
            }
        }
        return result;
    }
}
