package dev.parallax.compare;

import dev.parallax.text.AnnotatedArticle;
import dev.parallax.text.AnnotatedBlock;
import dev.parallax.text.Entity;
import dev.parallax.text.EntityType;
import dev.parallax.text.Name;
import dev.parallax.text.NameMatcher;
import dev.parallax.text.NameMention;
import dev.parallax.text.NameVariants;
import dev.parallax.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The people, organisations, places and things a story's articles name, merged across articles with the one name
 * matcher: spelling variants (Zelensky, Zelenskyy), short forms (Butler, NTSB), a name with and without its middle
 * initial. "Roland L. Butler Jr." and "Roland Butler" are one man unless some article names both a father and a
 * son of that name; then "Donald Trump" and "Donald Trump Jr." stay two people, and "Trump" is the father.
 */
final class StoryEntities {

    /** One article's entity: the article, its index there, and the entity. */
    record ArticleEntity(long articleId, int index, Entity entity, Name name) {
    }

    private final List<List<ArticleEntity>> groups = new ArrayList<>();
    private final Map<Long, Map<Integer, Integer>> groupOf = new HashMap<>();
    private final List<StoryComparison.EntityGroup> merged;

    StoryEntities(Map<Long, AnnotatedArticle> annotations) {
        List<ArticleEntity> all = new ArrayList<>();
        annotations.forEach((articleId, annotation) -> {
            for (int i = 0; i < annotation.entities().size(); i++) {
                Entity entity = annotation.entity(i);
                all.add(new ArticleEntity(articleId, i, entity, Name.of(entity.name())));
            }
        });
        Set<String> fatherAndSon = namesWithFatherAndSon(annotations);
        all.sort(Comparator.comparingInt((ArticleEntity e) -> -e.name().core().size())
                .thenComparing(e -> !e.name().hasSuffix()).thenComparingLong(ArticleEntity::articleId));
        for (ArticleEntity entity : all) {
            int group = find(entity, fatherAndSon);
            if (group < 0) {
                groups.add(new ArrayList<>(List.of(entity)));
                group = groups.size() - 1;
            } else {
                groups.get(group).add(entity);
            }
            groupOf.computeIfAbsent(entity.articleId(), id -> new HashMap<>()).put(entity.index(), group);
        }
        this.merged = groups.stream().map(group -> withSurnameSeen(entityGroup(group, annotations), annotations)).toList();
    }

    /** The merged entities, in the order of their groups (see {@link #groupOf}). */
    List<StoryComparison.EntityGroup> groups() {
        return merged;
    }

    /** The story's entity an article's entity belongs to. */
    int groupOf(long articleId, int entityIndex) {
        return groupOf.get(articleId).get(entityIndex);
    }

    /** The group an entity joins: the one its name matches; for a bare surname two could mean, the father, else none. */
    private int find(ArticleEntity entity, Set<String> fatherAndSon) {
        List<Integer> matches = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (belongs(entity, groups.get(g), fatherAndSon)) {
                matches.add(g);
            }
        }
        if (matches.size() <= 1 || !entity.name().isSingleWord()) {
            return matches.isEmpty() ? -1 : matches.getFirst();
        }
        List<Integer> withoutSuffix = matches.stream().filter(g -> !groups.get(g).getFirst().name().hasSuffix()).toList();
        return withoutSuffix.size() == 1 ? withoutSuffix.getFirst() : -1;
    }

    private static boolean belongs(ArticleEntity entity, List<ArticleEntity> group, Set<String> fatherAndSon) {
        ArticleEntity first = group.getFirst();
        if (group.stream().anyMatch(member -> member.articleId() == entity.articleId())) {
            return false; // the article already told its entities apart
        }
        if (entity.name().hasSuffix() != first.name().hasSuffix() && fatherAndSonOf(entity.name(), fatherAndSon)) {
            return false; // "Trump Jr." is the son wherever the story names a father and a son: never the father's group
        }
        if (compatibleTypes(entity.entity().type(), first.entity().type())) {
            for (ArticleEntity member : group) {
                if (sameEntity(entity, member, fatherAndSon)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameEntity(ArticleEntity one, ArticleEntity other, Set<String> fatherAndSon) {
        boolean apart = one.name().hasSuffix() != other.name().hasSuffix()
                && fatherAndSon.contains(one.name().coreText()) && !one.name().isSingleWord() && !other.name().isSingleWord();
        if (apart) {
            return false;
        }
        EntityType type = other.entity().type() == EntityType.OTHER ? one.entity().type() : other.entity().type();
        if (one.entity().type() == EntityType.PERSON && other.entity().type() == EntityType.PERSON && !one.name().isSingleWord()
                && !other.name().isSingleWord() && !NameMatcher.sameName(one.name(), other.name())) {
            // Two full names that differ are two people, though each article also calls its own by the surname they
            // share: "Harmon" is Walt Harmon in one article and Kyle Harmon in another.
            return false;
        }
        for (String variant : one.entity().variants()) {
            Name a = Name.of(variant);
            for (String otherVariant : other.entity().variants()) {
                Name b = Name.of(otherVariant);
                if (NameMatcher.sameName(a, b) && !(a.isSingleWord() && b.isSingleWord() && suffixedApart(one, other, fatherAndSon))) {
                    return true;
                }
            }
        }
        return shortForm(one, other, type, fatherAndSon) || shortForm(other, one, type, fatherAndSon);
    }

    /** "Butler" for "Roland L. Butler Jr.", unless the story names a father and a son of that name ("Trump Jr." still is). */
    private static boolean shortForm(ArticleEntity shorter, ArticleEntity full, EntityType type, Set<String> fatherAndSon) {
        EntityType shorterType = shorter.entity().type();
        if (type == EntityType.ORG && (shorterType == EntityType.PERSON || shorterType == EntityType.PLACE)) {
            return false; // a person or a place is no short form of an organisation named after them
        }
        return NameMatcher.shortFormOf(shorter.name(), full.name(), type) && (!full.name().hasSuffix()
                || !fatherAndSon.contains(full.name().coreText()) || Objects.equals(shorter.name().suffix(), full.name().suffix()));
    }

    /** Whether the story names a father and a son of this surname. */
    private static boolean fatherAndSonOf(Name name, Set<String> fatherAndSon) {
        return fatherAndSon.stream().anyMatch(both -> NameVariants.sameWord(Name.of(both).last(), name.last()));
    }

    private static boolean suffixedApart(ArticleEntity one, ArticleEntity other, Set<String> fatherAndSon) {
        return one.name().hasSuffix() != other.name().hasSuffix() && fatherAndSon.contains(other.name().coreText());
    }

    private static boolean compatibleTypes(EntityType one, EntityType other) {
        return one == other || one == EntityType.OTHER || other == EntityType.OTHER
                || one == EntityType.ORG && other == EntityType.PLACE || one == EntityType.PLACE && other == EntityType.ORG;
    }

    /** Names that some article gives to two people, a father and a son: with and without a suffix. */
    private static Set<String> namesWithFatherAndSon(Map<Long, AnnotatedArticle> annotations) {
        Set<String> both = new TreeSet<>();
        for (AnnotatedArticle annotation : annotations.values()) {
            for (Entity one : annotation.entities()) {
                Name a = Name.of(one.name());
                if (!a.hasSuffix() || a.core().size() < 2) {
                    continue;
                }
                for (Entity other : annotation.entities()) {
                    Name b = Name.of(other.name());
                    if (!b.hasSuffix() && b.core().size() >= 2 && NameMatcher.sameName(a, b)) {
                        both.add(a.coreText());
                        both.add(b.coreText());
                    }
                }
            }
        }
        return both;
    }

    private static StoryComparison.EntityGroup entityGroup(List<ArticleEntity> group, Map<Long, AnnotatedArticle> annotations) {
        Set<String> variants = new LinkedHashSet<>();
        group.forEach(member -> variants.addAll(member.entity().variants()));
        String name = variants.stream()
                .max(Comparator.comparingInt((String v) -> Name.of(v).core().size() + Name.of(v).initials().size())
                        .thenComparing(v -> Name.of(v).hasSuffix()).thenComparingInt(String::length))
                .orElseThrow();
        List<StoryComparison.Passage> passages = new ArrayList<>();
        for (ArticleEntity member : group) {
            for (AnnotatedBlock block : annotations.get(member.articleId()).blocks()) {
                for (NameMention mention : block.names()) {
                    if (mention.entity() == member.index()) {
                        passages.add(new StoryComparison.Passage(member.articleId(), block.index(),
                                block.sentenceOf(mention.span()).of(block.text())));
                        break;
                    }
                }
            }
        }
        return new StoryComparison.EntityGroup(name, typeOf(group), List.copyOf(variants),
                List.copyOf(new TreeSet<>(group.stream().map(ArticleEntity::articleId).toList())), List.copyOf(passages), List.of());
    }

    /**
     * The articles that write a person's surname, capitalised, where the name finder did not take it for this
     * person: saying a source leaves someone out must never be wrong.
     */
    private static StoryComparison.EntityGroup withSurnameSeen(StoryComparison.EntityGroup group,
                                                               Map<Long, AnnotatedArticle> annotations) {
        if (group.type() != EntityType.PERSON) {
            return group;
        }
        Set<String> surnames = new TreeSet<>();
        group.variants().forEach(variant -> surnames.add(Name.of(variant).last()));
        List<Long> surnameOnly = new ArrayList<>();
        List<StoryComparison.Passage> passages = new ArrayList<>(group.passages());
        annotations.forEach((articleId, annotation) -> {
            if (group.articleIds().contains(articleId)) {
                return;
            }
            for (AnnotatedBlock block : annotation.blocks()) {
                Token written = block.tokens().stream().filter(token -> token.isCapitalised()
                        && surnames.stream().anyMatch(surname -> NameVariants.sameWord(plainWord(token.text()), surname)))
                        .findFirst().orElse(null);
                if (written != null) {
                    surnameOnly.add(articleId);
                    passages.add(new StoryComparison.Passage(articleId, block.index(), block.sentenceOf(written.span()).of(block.text())));
                    return;
                }
            }
        });
        surnameOnly.sort(null);
        return new StoryComparison.EntityGroup(group.name(), group.type(), group.variants(), group.articleIds(),
                List.copyOf(passages), List.copyOf(surnameOnly));
    }

    private static String plainWord(String word) {
        return word.replaceFirst("[’']s?$", "").replace(".", "");
    }

    /** What most of the articles that type the name say it is. */
    private static EntityType typeOf(List<ArticleEntity> group) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        group.forEach(member -> votes.merge(member.entity().type(), 1, Integer::sum));
        return votes.entrySet().stream()
                .filter(vote -> vote.getKey() != EntityType.OTHER)
                .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(EntityType.OTHER);
    }
}
