package dev.parallax.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.parallax.compare.StoryComparison.DiffOp;
import dev.parallax.compare.StoryComparison.DiffOp.Change;
import dev.parallax.text.EntityType;
import dev.parallax.text.Name;
import dev.parallax.text.NameMatcher;
import dev.parallax.text.SentenceEmbeddings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One statement across a story's articles, however each worded or cut it: two quotations are one when their
 * speakers do not differ and they share most of the shorter one's words, or mean the same by their embeddings. Each wording carries its word-level
 * differences from the first, as data for the page to mark.
 */
final class QuoteGroups {

    /** Two wordings of one statement share at least this share of the shorter one's words, and two words at least. */
    static final double SAME_STATEMENT = 0.5;
    /**
     * Or they mean the same by their embeddings, though worded apart ("missiles will speak on their own", "the
     * missiles themselves will do the speaking"): on the evaluation's quotes no two different statements came as
     * close as 0.65.
     */
    static final double SAME_MEANING = 0.7;

    /** A quotation as the story knows it: where it stands, its words, and its speaker as a story entity (or null). */
    record Said(long articleId, int blockIndex, String text, Integer speaker, Set<String> words) {
    }

    private QuoteGroups() {
    }

    static List<StoryComparison.QuoteGroup> group(List<Said> quotes, List<StoryComparison.EntityGroup> entities) {
        Map<Said, float[]> meanings = new HashMap<>();
        List<float[]> vectors = SentenceEmbeddings.embed(quotes.stream().map(Said::text).toList());
        for (int i = 0; i < quotes.size(); i++) {
            meanings.put(quotes.get(i), vectors.get(i));
        }
        List<List<Said>> groups = new ArrayList<>();
        for (Said quote : quotes) {
            List<Said> group = groups.stream()
                    .filter(candidate -> candidate.stream().anyMatch(member -> sameStatement(member, quote, meanings, entities)))
                    .findFirst().orElse(null);
            if (group == null) {
                groups.add(new ArrayList<>(List.of(quote)));
            } else {
                group.add(quote);
            }
        }
        return groups.stream()
                .map(group -> quoteGroup(group, entities))
                .sorted(Comparator.comparingInt((StoryComparison.QuoteGroup group) -> -group.variants().size()))
                .toList();
    }

    private static boolean sameStatement(Said one, Said other, Map<Said, float[]> meanings,
                                         List<StoryComparison.EntityGroup> entities) {
        if (one.articleId() == other.articleId() || speakersDiffer(one, other, entities)) {
            return false;
        }
        long shared = one.words().stream().filter(other.words()::contains).count();
        int shorter = Math.min(one.words().size(), other.words().size());
        return shared >= 2 && shorter > 0 && shared / (double) shorter >= SAME_STATEMENT
                || SentenceEmbeddings.cosine(meanings.get(one), meanings.get(other)) >= SAME_MEANING;
    }

    /**
     * Two speakers who are not one entity, unless one is only a surname the story could not pin on one person and
     * the other a full name with that surname ("Sackler", "Mortimer D.A. Sackler").
     */
    private static boolean speakersDiffer(Said one, Said other, List<StoryComparison.EntityGroup> entities) {
        if (one.speaker() == null || other.speaker() == null || one.speaker().equals(other.speaker())) {
            return false;
        }
        Name a = Name.of(entities.get(one.speaker()).name());
        Name b = Name.of(entities.get(other.speaker()).name());
        return !(NameMatcher.shortFormOf(a, b, EntityType.PERSON) || NameMatcher.shortFormOf(b, a, EntityType.PERSON));
    }

    private static StoryComparison.QuoteGroup quoteGroup(List<Said> group, List<StoryComparison.EntityGroup> entities) {
        Map<Integer, Integer> votes = new HashMap<>();
        group.stream().map(Said::speaker).filter(Objects::nonNull).forEach(speaker -> votes.merge(speaker, 1, Integer::sum));
        String speaker = votes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(vote -> entities.get(vote.getKey()).name()).orElse(null);
        String reference = group.getFirst().text();
        return new StoryComparison.QuoteGroup(speaker, group.stream()
                .map(said -> new StoryComparison.QuoteVariant(said.articleId(), said.blockIndex(), said.text(),
                        said.speaker() == null ? null : entities.get(said.speaker()).name(), diff(reference, said.text())))
                .toList());
    }

    /** A wording against the reference, word by word (java-diff-utils). */
    static List<DiffOp> diff(String reference, String wording) {
        List<String> from = List.of(reference.split("\\s+"));
        List<String> to = List.of(wording.split("\\s+"));
        Patch<String> patch = DiffUtils.diff(from, to);
        List<DiffOp> ops = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            if (position < delta.getSource().getPosition()) {
                ops.add(new DiffOp(Change.SAME, String.join(" ", from.subList(position, delta.getSource().getPosition()))));
            }
            if (!delta.getSource().getLines().isEmpty()) {
                ops.add(new DiffOp(Change.DELETED, String.join(" ", delta.getSource().getLines())));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                ops.add(new DiffOp(Change.INSERTED, String.join(" ", delta.getTarget().getLines())));
            }
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        if (position < from.size()) {
            ops.add(new DiffOp(Change.SAME, String.join(" ", from.subList(position, from.size()))));
        }
        return List.copyOf(ops);
    }
}
