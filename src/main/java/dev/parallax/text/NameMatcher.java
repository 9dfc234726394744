package dev.parallax.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one name matcher: whether two names name the same entity. The same words in the same order, each allowing a
 * spelling variant (Zelensky, Zelenskyy); middle initials left aside (Roland L. Butler, Roland Butler); a short
 * form for the full name (Butler for Roland Butler, NTSB for National Transportation Safety Board, Coast Guard for
 * U.S. Coast Guard); the usual names of one country (U.S., United States). Generational suffixes are the caller's
 * to weigh: whether a "Jr." is a different person depends on whom else the story names.
 */
public final class NameMatcher {

    private static final Map<String, String> PLACE_ALIASES = loadAliases();
    private static final WordList PLACES = WordList.load("places");
    private static final Map<String, String> NICKNAMES = WordList.loadPairs("nicknames");
    private static final WordList COMPANY_FORMS = WordList.load("company-forms");
    private static final WordList ORGANISATION_WORDS = WordList.load("organisation-words");

    private NameMatcher() {
    }

    /** The same name, word for word, allowing spelling variants and leaving out middle initials and suffixes. */
    public static boolean sameName(Name one, Name other) {
        String aliasOne = PLACE_ALIASES.get(one.coreText());
        if (aliasOne != null && aliasOne.equals(PLACE_ALIASES.get(other.coreText()))) {
            return true;
        }
        return sameWords(one.core(), other.core()) || sameWords(withoutCompanyForm(one.core()), withoutCompanyForm(other.core()))
                || sameLettersSpacedApart(one.core(), other.core());
    }

    /** "Nama Raj Bhattarai" and "Namaraj Bhattarai": the same letters, one outlet writing as two words what another writes as one. */
    private static boolean sameLettersSpacedApart(List<String> one, List<String> other) {
        return one.size() != other.size() && Math.min(one.size(), other.size()) >= 2
                && String.join("", one).equals(String.join("", other));
    }

    /**
     * A company's name without the legal form after it: "Grace Ocean Pte. Ltd." is grace ocean. Two words at least
     * are left, so that a person's surname that looks like a legal form ("Pedro Sa") is never taken off.
     */
    private static List<String> withoutCompanyForm(List<String> words) {
        int end = words.size();
        while (end > 2 && COMPANY_FORMS.contains(words.get(end - 1))) {
            end--;
        }
        return words.subList(0, end);
    }

    /**
     * Whether the first name is a short form of the second, as articles use one after the full name: the surname
     * of a person, the acronym of an organisation, an organisation's name without the country before it.
     */
    public static boolean shortFormOf(Name shortForm, Name full, EntityType type) {
        if (shortForm.core().size() >= full.core().size()) {
            return false;
        }
        if (shortForm.isAcronym() && type != EntityType.PERSON) {
            return full.core().size() >= 2 && shortForm.coreText().equals(full.acronym());
        }
        if (type == EntityType.PERSON) {
            return shortForm.isSingleWord() && NameVariants.sameWord(shortForm.core().getFirst(), full.last());
        }
        if (type == EntityType.ORG) {
            List<String> words = withoutCompanyForm(full.core());
            // "Purdue" for "Purdue Pharma", "Brawner" for "Brawner Builders Inc.": a company by its first word, which
            // is no place and no word of organisations.
            if (shortForm.isSingleWord() && words.size() >= 2 && shortForm.coreText().equals(words.getFirst())
                    && !PLACES.contains(shortForm.coreText()) && !ORGANISATION_WORDS.contains(shortForm.coreText())) {
                return true;
            }
            // "Coast Guard" for "U.S. Coast Guard": the full name is the short one after a place.
            int prefix = words.size() - shortForm.core().size();
            return prefix > 0 && sameWords(words.subList(prefix, words.size()), shortForm.core())
                    && PLACES.contains(String.join(" ", words.subList(0, prefix)));
        }
        return false;
    }

    private static boolean sameWords(List<String> one, List<String> other) {
        if (one.size() != other.size() || one.isEmpty()) {
            return false;
        }
        for (int i = 0; i < one.size(); i++) {
            if (!NameVariants.sameWord(one.get(i), other.get(i)) && !(i == 0 && sameGivenName(one.get(i), other.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** "Joe" and "Joseph", "Bill" and "William": a given name and its usual short form. */
    private static boolean sameGivenName(String one, String other) {
        String a = NICKNAMES.getOrDefault(one, one);
        String b = NICKNAMES.getOrDefault(other, other);
        return a.equals(b);
    }

    private static Map<String, String> loadAliases() {
        Map<String, String> aliases = new HashMap<>();
        try (InputStream in = NameMatcher.class.getResourceAsStream("/text/place-aliases.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.replaceFirst("#.*", "").strip();
                if (entry.isEmpty()) {
                    continue;
                }
                String[] names = entry.split("\\|");
                for (String name : names) {
                    aliases.put(Name.of(name).coreText(), Name.of(names[0]).coreText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the place aliases", e);
        }
        return aliases;
    }
}
