package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as words to compare: "Roland L. Butler Jr." has the core words roland and butler, the initial l and
 * the suffix jr. Dots, possessives and case are left out, so "J.D. Vance" and "JD Vance" have the same words.
 */
public record Name(String text, List<String> core, List<String> initials, String suffix) {

    private static final WordList SUFFIXES = WordList.load("name-suffixes");
    private static final WordList CONNECTORS = WordList.load("name-connectors");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s?$");

    public static Name of(String text) {
        String[] words = text.strip().split("\\s+");
        List<String> core = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        String suffix = null;
        for (int i = 0; i < words.length; i++) {
            String word = POSSESSIVE.matcher(words[i]).replaceFirst("").replace(",", "");
            String plain = word.replace(".", "").toLowerCase(Locale.ROOT);
            if (plain.isEmpty()) {
                continue;
            }
            if (i > 0 && i == words.length - 1 && SUFFIXES.contains(plain)) {
                suffix = plain;
            } else if (plain.length() == 1 && i > 0 && i < words.length - 1) {
                initials.add(plain); // a middle initial
            } else {
                core.add(plain);
            }
        }
        return new Name(text.strip(), List.copyOf(core), List.copyOf(initials), suffix);
    }

    public boolean hasSuffix() {
        return suffix != null;
    }

    public boolean isSingleWord() {
        return core.size() == 1;
    }

    /** The last word that is not a connector: the surname of a person. */
    public String last() {
        for (int i = core.size() - 1; i >= 0; i--) {
            if (!CONNECTORS.contains(core.get(i))) {
                return core.get(i);
            }
        }
        return core.isEmpty() ? "" : core.getLast();
    }

    /**
     * The word an organisation's name stands on, the last before "of" or "for" that is not a number: department in
     * "State Department" and in "Department of State", never the state that only qualifies it.
     */
    public String head() {
        int end = core.size();
        for (int i = 1; i < core.size(); i++) {
            if (core.get(i).equals("of") || core.get(i).equals("for")) {
                end = i;
                break;
            }
        }
        while (end > 1 && core.get(end - 1).chars().allMatch(Character::isDigit)) {
            end--; // "Teamsters Local 2010" stands on local
        }
        return end == 0 ? "" : core.get(end - 1);
    }

    /** The initials of the words that are not connectors: "National Transportation Safety Board" is ntsb. */
    public String acronym() {
        StringBuilder letters = new StringBuilder();
        for (String word : core) {
            if (!CONNECTORS.contains(word) && !word.equals("the") && !word.equals("and")) {
                letters.append(word.charAt(0));
            }
        }
        return letters.toString();
    }

    /** Written all in capitals, two to six letters: "NTSB", "ATACMS". */
    public boolean isAcronym() {
        String letters = text.replace(".", "");
        return core.size() == 1 && letters.length() >= 2 && letters.length() <= 6
                && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    public String coreText() {
        return String.join(" ", core);
    }
}
