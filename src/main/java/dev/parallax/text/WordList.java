package dev.parallax.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list of general English words or phrases kept in a resource file (one a line, # for comments), matched
 * without regard to case. Lists live in files so that a reader can check them: nothing in them names a story.
 */
public final class WordList {

    private final Set<String> entries;
    private final int longestPhrase;

    private WordList(Set<String> entries) {
        this.entries = Collections.unmodifiableSet(entries);
        this.longestPhrase = entries.stream().mapToInt(entry -> entry.split(" ").length).max().orElse(1);
    }

    public static WordList load(String name) {
        String path = "/text/" + name + ".txt";
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The word list " + path + " is missing from the class path");
            }
            Set<String> entries = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String entry = line.replaceFirst("#.*", "").strip();
                    if (!entry.isEmpty()) {
                        entries.add(normalise(entry));
                    }
                }
            }
            return new WordList(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the word list " + path, e);
        }
    }

    /** A resource file of "words=value" lines, such as the kind of each hedge, keyed by the words in lower case. */
    public static Map<String, String> loadPairs(String name) {
        Map<String, String> pairs = new HashMap<>();
        for (String entry : load(name).entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalStateException("The list " + name + " has a line without a value: " + entry);
            }
            pairs.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
        }
        return Map.copyOf(pairs);
    }

    public boolean contains(String word) {
        return entries.contains(normalise(word));
    }

    /** How many of the words from the given position form the longest entry of the list; 0 when none does. */
    public int phraseAt(List<String> words, int from) {
        for (int length = Math.min(longestPhrase, words.size() - from); length > 0; length--) {
            if (entries.contains(normalise(String.join(" ", words.subList(from, from + length))))) {
                return length;
            }
        }
        return 0;
    }

    public List<String> entries() {
        return new ArrayList<>(entries);
    }

    private static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
