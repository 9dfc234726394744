package dev.parallax.text;

import dev.parallax.text.NameFinder.Candidate;
import dev.parallax.text.NameFinder.Cue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who and what one article names: its name mentions grouped into entities (a full name first, then the short
 * forms that refer back to it: "Butler" after "Roland L. Butler Jr.", "NTSB" after "National Transportation Safety
 * Board"), each typed by what all its mentions' cues say together.
 */
final class ArticleEntities {

    /** A mention as found, in reading order, with the paragraph it stands in. */
    record Found(int block, Candidate candidate) {
    }

    private static final class Group {
        final Name full;
        final List<Found> mentions = new ArrayList<>();
        final Set<Cue> cues = EnumSet.noneOf(Cue.class);

        Group(Name full) {
            this.full = full;
        }

        void add(Found found) {
            mentions.add(found);
            cues.addAll(found.candidate().cues());
        }

        int lastPosition(Found before) {
            int last = -1;
            for (int i = 0; i < mentions.size(); i++) {
                Found mention = mentions.get(i);
                if (isBefore(mention, before)) {
                    last = Math.max(last, mention.block() * 1_000_000 + mention.candidate().span().start());
                }
            }
            return last;
        }
    }

    private final List<Group> groups = new ArrayList<>();
    private final List<Found> found;

    private ArticleEntities(List<Found> found) {
        this.found = found;
    }

    /** The entities of an article's mentions, and for each mention (in the order given) the index of its entity. */
    record Resolved(List<Entity> entities, List<Integer> entityOfMention) {
    }

    static Resolved resolve(List<Found> found) {
        return new ArticleEntities(found).group();
    }

    private Resolved group() {
        // Full names first, so that the short forms that refer back to them find them.
        List<Found> longestFirst = new ArrayList<>(found);
        longestFirst.sort(Comparator.comparingInt((Found f) -> -Name.of(f.candidate().name()).core().size()));
        for (Found mention : longestFirst) {
            Name name = Name.of(mention.candidate().name());
            Group group = sameName(name);
            if (group == null) {
                group = fullNameFor(name, mention);
            }
            if (group == null) {
                group = new Group(name);
                groups.add(group);
            }
            group.add(mention);
        }
        List<Entity> entities = new ArrayList<>();
        for (Group group : groups) {
            entities.add(entity(group));
        }
        List<Integer> entityOfMention = new ArrayList<>();
        for (Found mention : found) {
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).mentions.contains(mention)) {
                    entityOfMention.add(g);
                    break;
                }
            }
        }
        return new Resolved(entities, entityOfMention);
    }

    private Group sameName(Name name) {
        for (Group group : groups) {
            // Within one article, a name with "Jr." and the same name without it are two people.
            if (NameMatcher.sameName(group.full, name) && group.full.hasSuffix() == name.hasSuffix()) {
                return group;
            }
        }
        return null;
    }

    /**
     * The full name a short form refers to: among the names it could shorten, one without a suffix (Trump is the
     * father, not Trump Jr.), then the one named last before it.
     */
    private Group fullNameFor(Name shortForm, Found mention) {
        Group best = null;
        int candidates = 0;
        for (Group group : groups) {
            if (group.full.core().size() <= shortForm.core().size() || shortForm.hasSuffix() && !group.full.hasSuffix()) {
                continue; // "Trump Jr." is no short form of Donald Trump: the suffix names the son
            }
            EntityType type = provisionalType(group.cues);
            if (namesAPerson(mention) && type != EntityType.PERSON) {
                continue; // "Mr. Ford" is no short form of the Ford Foundation
            }
            boolean refersBack = NameMatcher.shortFormOf(shortForm, group.full, type)
                    || shortForm.isAcronym() && NameMatcher.shortFormOf(shortForm, group.full, EntityType.ORG)
                    || definedInBrackets(group, mention);
            if (refersBack) {
                candidates++;
                if (best == null || preferred(group, best, mention)) {
                    best = group;
                }
            }
        }
        // "Sackler" in an article about Mortimer and Raymond Sackler could be either: it stays a name of its own,
        // unless one of them is the father of a son who shares his name ("Trump" beside "Donald Trump Jr.").
        boolean ambiguous = candidates > 1 && groups.stream().filter(group -> group.full.core().size() > shortForm.core().size()
                && !group.full.hasSuffix() && NameMatcher.shortFormOf(shortForm, group.full, provisionalType(group.cues))).count() > 1;
        return ambiguous ? null : best;
    }

    private static boolean preferred(Group candidate, Group current, Found mention) {
        if (candidate.full.hasSuffix() != current.full.hasSuffix()) {
            return !candidate.full.hasSuffix();
        }
        return candidate.lastPosition(mention) > current.lastPosition(mention);
    }

    /** "Army Tactical Missile System (ATACMS)": an acronym in brackets right after a name is that name. */
    private static boolean definedInBrackets(Group group, Found acronym) {
        Span span = acronym.candidate().span();
        return acronym.candidate().cues().contains(Cue.IN_BRACKETS) && Name.of(acronym.candidate().name()).isAcronym()
                && group.mentions.stream().anyMatch(mention -> mention.block() == acronym.block()
                && span.start() - mention.candidate().span().end() == 2);
    }

    private static boolean isBefore(Found one, Found other) {
        return one.block() < other.block()
                || one.block() == other.block() && one.candidate().span().start() < other.candidate().span().start();
    }

    /** A mention that says by itself that it names a person: a title or a suffix with it. */
    private static boolean namesAPerson(Found mention) {
        Set<Cue> cues = mention.candidate().cues();
        return cues.contains(Cue.PERSON_TITLE) || cues.contains(Cue.SUFFIX);
    }

    /** The type the cues of a group's mentions point to, before short forms are counted. */
    private static EntityType provisionalType(Set<Cue> cues) {
        if (cues.contains(Cue.KNOWN_PLACE) && !cues.contains(Cue.PERSON_TITLE)) {
            return EntityType.PLACE;
        }
        if (cues.contains(Cue.ORG_WORD)) {
            return EntityType.ORG;
        }
        if (cues.contains(Cue.PLACE_WORD)) {
            return EntityType.PLACE;
        }
        if (cues.contains(Cue.PERSON_TITLE) || cues.contains(Cue.SUFFIX) || cues.contains(Cue.PERSON_APPOSITIVE)
                || cues.contains(Cue.GIVEN_NAME)) {
            return EntityType.PERSON;
        }
        if (cues.contains(Cue.ACRONYM)) {
            // "FBI", "NATO", "NTSB": most capitals-only names in news are organisations; "ATACMS missiles" are things
            return cues.contains(Cue.BEFORE_THING) ? EntityType.OTHER : EntityType.ORG;
        }
        return EntityType.PERSON; // a run of proper nouns with no other cue is most often someone's name
    }

    private static Entity entity(Group group) {
        Set<String> variants = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        group.mentions.forEach(mention -> {
            variants.add(mention.candidate().name());
            if (mention.candidate().role() != null) {
                roles.add(mention.candidate().role());
            }
        });
        String name = variants.stream()
                .max(Comparator.comparingInt((String variant) -> Name.of(variant).core().size() + Name.of(variant).initials().size())
                        .thenComparing(variant -> Name.of(variant).hasSuffix())
                        .thenComparingInt(String::length))
                .orElseThrow();
        return new Entity(name, type(group), List.copyOf(variants), List.copyOf(roles));
    }

    private static EntityType type(Group group) {
        Set<Cue> cues = group.cues;
        EntityType provisional = provisionalType(cues);
        if (provisional != EntityType.PERSON || cues.contains(Cue.PERSON_TITLE) || cues.contains(Cue.SUFFIX)
                || cues.contains(Cue.PERSON_APPOSITIVE) || cues.contains(Cue.GIVEN_NAME)) {
            return provisional;
        }
        // No cue but the shape of the name: someone named in full and then by surname, or who speaks, is a person.
        boolean surnameLater = group.full.core().size() >= 2
                && group.mentions.stream().anyMatch(mention -> Name.of(mention.candidate().name()).isSingleWord());
        if (surnameLater || cues.contains(Cue.SPEAKS) && group.full.core().size() >= 2) {
            return EntityType.PERSON;
        }
        long afterPreposition = group.mentions.stream()
                .filter(mention -> mention.candidate().cues().contains(Cue.AFTER_PLACE_PREPOSITION)).count();
        if (afterPreposition * 2 > group.mentions.size()) {
            return EntityType.PLACE;
        }
        return EntityType.OTHER; // no cue says what it is: better no type than a wrong one
    }
}
