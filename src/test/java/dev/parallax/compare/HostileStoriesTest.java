package dev.parallax.compare;

import dev.parallax.article.ArticleDetail;
import dev.parallax.compare.StoryComparison.Agreement;
import dev.parallax.compare.StoryComparison.NumberValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.parallax.compare.Stories.compare;
import static org.assertj.core.api.Assertions.assertThat;

/** Stories of random wire-like sentences and of junk: the comparison is built, and everything in it is consistent. */
class HostileStoriesTest {

    private static final long SEED = 4_242L;
    private static final int STORIES = 15;
    private static final String[] PEOPLE = {"Gov. Wes Moore", "Moore", "Mayor Brandon Scott", "Scott", "Donald Trump",
            "Donald Trump Jr.", "Trump", "President Volodymyr Zelenskyy", "Zelensky", "the captain", "officials", "he", "they"};
    private static final String[] THINGS = {"workers", "people", "containers", "miles", "km", "feet", "knots", "million euros",
            "barrels a day", "percent", "a.m. ET", "GMT"};
    private static final String[] HEDGES = {"", "", "at least ", "up to ", "about ", "more than "};
    private static final String[] JUNK = {"", "“", "(((", "....", "😀 שלום", "\u0000\u0007", "“unbalanced", "6-3 6-3 6-3"};

    @Test
    void randomStoriesAreComparedConsistently() {
        Random random = new Random(SEED);
        for (int s = 0; s < STORIES; s++) {
            int count = 2 + random.nextInt(2);
            List<ArticleDetail> articles = new ArrayList<>();
            for (int a = 1; a <= count; a++) {
                List<String> paragraphs = new ArrayList<>();
                int length = 1 + random.nextInt(4);
                for (int p = 0; p < length; p++) {
                    paragraphs.add(random.nextInt(8) == 0 ? JUNK[random.nextInt(JUNK.length)] : sentence(random));
                }
                articles.add(Stories.article(a, paragraphs));
            }
            StoryComparison story;
            try {
                story = compare(articles);
            } catch (RuntimeException e) {
                throw new AssertionError("Random story " + s + " of seed " + SEED + " failed: " + articles, e);
            }
            assertConsistent(story, count);
        }
    }

    @Test
    void articlesOfNothingButJunkAreCompared() {
        StoryComparison story = compare(List.of("", "“", "(((("), List.of("....", "\u0000"), List.of(" "));

        assertConsistent(story, 3);
        assertThat(story.numbers()).isEmpty();
        assertThat(story.quotes()).isEmpty();
        assertThat(story.entities()).isEmpty();
    }

    private static String sentence(Random random) {
        String who = PEOPLE[random.nextInt(PEOPLE.length)];
        String figure = HEDGES[random.nextInt(HEDGES.length)] + (1 + random.nextInt(1000)) + " " + THINGS[random.nextInt(THINGS.length)];
        return switch (random.nextInt(4)) {
            case 0 -> "“We counted " + figure + " on the bridge,” " + who + " said.";
            case 1 -> who + " said " + figure + " were lost when the ship hit the bridge.";
            case 2 -> "The ship carried " + figure + ", according to " + who + ".";
            default -> "“" + figure + " is not the number,” " + who + " told reporters. “We will know more on Tuesday.”";
        };
    }

    private static void assertConsistent(StoryComparison story, int articles) {
        Set<Long> ids = story.articles().stream().map(StoryComparison.ArticleRef::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(articles);
        assertThat(story.similarity()).hasSize(articles * (articles - 1) / 2)
                .allSatisfy(pair -> assertThat(pair.score()).isBetween(0.0, 1.0));
        assertThat(story.numbers()).allSatisfy(group -> {
            assertThat(group.values()).isNotEmpty();
            Set<Long> sources = group.values().stream().map(NumberValue::articleId).collect(Collectors.toSet());
            assertThat(ids).containsAll(sources);
            assertThat(group.agreement() == Agreement.SINGLE).as(group.toString()).isEqualTo(sources.size() == 1);
        });
        assertThat(story.quotes()).allSatisfy(quote -> assertThat(quote.variants()).isNotEmpty()
                .allSatisfy(variant -> assertThat(ids).contains(variant.articleId())));
        assertThat(story.entities()).allSatisfy(entity -> {
            assertThat(entity.variants()).contains(entity.name());
            assertThat(ids).containsAll(entity.articleIds());
            assertThat(entity.articleIds()).isSorted().doesNotHaveDuplicates();
        });
        assertThat(story.unique()).allSatisfy(unique -> assertThat(ids).contains(unique.articleId()));
        assertThat(story.facts()).allSatisfy(fact -> assertThat(ids).containsAll(fact.reportedBy()));
    }
}
