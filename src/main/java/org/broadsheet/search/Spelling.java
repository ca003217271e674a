package org.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** "Did you mean": replaces words found in no story by the closest word that is in many. */
final class Spelling {

    private final DirectSpellChecker checker = new DirectSpellChecker();

    /** The corrected query text, or null when every word is known or nothing better is found. */
    String suggest(IndexReader reader, UserQuery query) throws IOException {
        boolean changed = false;
        List<String> words = new ArrayList<>();
        for (String word : query.words()) {
            String corrected = correct(reader, word);
            changed |= !corrected.equals(word.toLowerCase(Locale.ROOT));
            words.add(corrected);
        }
        for (String phrase : query.phrases()) {
            List<String> phraseWords = new ArrayList<>();
            for (String word : phrase.split(" ")) {
                String corrected = correct(reader, word);
                changed |= !corrected.equals(word.toLowerCase(Locale.ROOT));
                phraseWords.add(corrected);
            }
            words.add("\"" + String.join(" ", phraseWords) + "\"");
        }
        return changed ? String.join(" ", words) : null;
    }

    private String correct(IndexReader reader, String word) throws IOException {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 3) {
            return lower;
        }
        SuggestWord[] suggestions = checker.suggestSimilar(new Term(StoryDocuments.SPELL, lower), 1, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return suggestions.length == 0 ? lower : suggestions[0].string;
    }
}
