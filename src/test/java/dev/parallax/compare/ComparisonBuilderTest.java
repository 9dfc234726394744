package dev.parallax.compare;

import dev.parallax.article.ArticleDetail;
import dev.parallax.compare.StoryComparison.Agreement;
import dev.parallax.compare.StoryComparison.DiffOp.Change;
import dev.parallax.text.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A story of our own: three outlets on a harbour bridge that must be rebuilt. */
class ComparisonBuilderTest {

    private static ArticleDetail article(long id, String source, String... paragraphs) {
        return Stories.article(id, List.of(paragraphs));
    }

    private static final ArticleDetail HERALD = article(1, "herald",
            "Mayor Ana Ortiz said the harbour bridge will be rebuilt at a cost of 450 million euros.",
            "“We will not let the harbour be cut off from the city,” Ortiz told reporters on Monday.",
            "Engineers found cracks in eleven of the steel supports last spring.",
            "Councillor Robert Hale Jr. called the plan rushed.",
            "The old bridge opened to traffic in the summer of its first year and carried trams for decades.");
    private static final ArticleDetail COURIER = article(2, "courier",
            "The harbour bridge will be rebuilt for 480 million euros, the city said.",
            "Ortiz stated: “We will never let the harbour be cut off from our city.”",
            "Engineers found cracks in 11 steel supports last spring, according to the city.",
            "Robert Hale, the former harbour master, welcomed the decision.");
    private static final ArticleDetail GAZETTE = article(3, "gazette",
            "The city will rebuild the harbour bridge, Mayor Ortiz announced.",
            "“We will not let the harbour be cut off from the city and its people,” the mayor said.",
            "Ferries will run every ten minutes while the works last.");

    private final StoryComparison comparison = build(HERALD, COURIER, GAZETTE);

    private static StoryComparison build(ArticleDetail... articles) {
        return Stories.compare(List.of(articles));
    }

    @Test
    void sourcesThatDisagreeOnACostAreMarkedDiffer() {
        assertThat(comparison.numbers()).anySatisfy(group -> {
            assertThat(group.agreement()).isEqualTo(Agreement.DIFFER);
            assertThat(group.values()).extracting(StoryComparison.NumberValue::value).containsExactlyInAnyOrder(450e6, 480e6);
        });
    }

    @Test
    void aNumberWrittenInWordsAgreesWithTheSameInDigits() {
        assertThat(comparison.numbers()).anySatisfy(group -> {
            assertThat(group.agreement()).isEqualTo(Agreement.AGREE);
            assertThat(group.values()).extracting(StoryComparison.NumberValue::text)
                    .anySatisfy(text -> assertThat(text).startsWith("eleven"))
                    .anySatisfy(text -> assertThat(text).startsWith("11"));
        });
    }

    @Test
    void aQuoteWordedThreeWaysIsOneQuoteWithItsSpeakerAndMarkedDifferences() {
        assertThat(comparison.quotes()).anySatisfy(quote -> {
            assertThat(quote.variants()).extracting(StoryComparison.QuoteVariant::articleId).containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(quote.speaker()).isEqualTo("Ana Ortiz");
            assertThat(quote.variants()).anySatisfy(v -> assertThat(v.diff()).extracting(StoryComparison.DiffOp::change).contains(Change.INSERTED, Change.DELETED));
        });
    }

    @Test
    void shortFormsMergeAndPeopleWhoShareANameStayApart() {
        assertThat(comparison.entities()).anySatisfy(entity -> {
            assertThat(entity.name()).isEqualTo("Ana Ortiz");
            assertThat(entity.type()).isEqualTo(EntityType.PERSON);
            assertThat(entity.variants()).contains("Ortiz");
            assertThat(entity.articleIds()).containsExactly(1L, 2L, 3L);
        });
    }

    @Test
    void aJuniorIsOneManWithTheSameNameWithoutTheSuffixUnlessAnArticleNamesHisFatherToo() {
        StoryComparison oneMan = build(
                article(1, "wire", "Col. Roland L. Butler Jr., the police superintendent, said divers would return at dawn."),
                article(2, "daily", "Police Superintendent Roland Butler said the divers would go back at first light."));
        assertThat(oneMan.entities()).filteredOn(e -> e.name().equals("Roland L. Butler Jr.")).singleElement()
                .satisfies(e -> assertThat(e.variants()).contains("Roland Butler"));

        StoryComparison fatherAndSon = build(
                article(1, "wire", "Donald Trump Jr. said his father, Donald Trump, would speak on Friday."),
                article(2, "daily", "Donald Trump said he would speak on Friday, and Trump praised the crowd."));
        assertThat(fatherAndSon.entities()).extracting(StoryComparison.EntityGroup::name)
                .contains("Donald Trump Jr.", "Donald Trump");
        assertThat(fatherAndSon.entities()).filteredOn(e -> e.name().equals("Donald Trump Jr.")).singleElement()
                .satisfies(e -> assertThat(e.articleIds()).containsExactly(1L));
        assertThat(fatherAndSon.entities()).filteredOn(e -> e.name().equals("Donald Trump")).singleElement()
                .satisfies(e -> assertThat(e.articleIds()).containsExactly(1L, 2L));
    }

    @Test
    void sentencesOnlyOneSourceHasAreUnique() {
        assertThat(comparison.unique()).filteredOn(u -> u.articleId() == 3).singleElement()
                .satisfies(u -> assertThat(u.sentences()).containsExactly("Ferries will run every ten minutes while the works last."));
        assertThat(comparison.unique()).filteredOn(u -> u.articleId() == 1).singleElement()
                .satisfies(u -> assertThat(u.sentences()).noneMatch(s -> s.startsWith("Engineers found cracks")));
    }

    @Test
    void everyPairHasASimilarityAndTheSharedStatementsFormTheGrid() {
        assertThat(comparison.similarity()).hasSize(3).allSatisfy(pair -> assertThat(pair.score()).isBetween(0.0, 1.0));
        assertThat(comparison.score(1, 2)).isGreaterThan(comparison.score(2, 3));
        assertThat(comparison.facts()).anySatisfy(fact -> assertThat(fact.reportedBy()).containsExactly(1L, 2L));
    }

    @Test
    void anArticleCopiedFromAnotherIsFlaggedAsRewritten() {
        ArticleDetail copy = article(4, "copycat",
                "Mayor Ana Ortiz said the harbour bridge will be rebuilt at a total cost of 450 million euros.",
                "Engineers found cracks in eleven of the old steel supports last spring.",
                "The old bridge opened to traffic in the summer of its first year and carried trams for many decades.");

        StoryComparison withCopy = build(HERALD, copy);

        assertThat(withCopy.similarity()).singleElement().satisfies(pair -> {
            assertThat(pair.rewrittenFrom()).isEqualTo(1L);
            assertThat(pair.rewritten()).isEqualTo(4L);
        });
    }

    @Test
    void aWordingIsComparedWordByWordWithTheFirst() {
        assertThat(QuoteGroups.diff("we will not let the harbour be cut off", "we will never let the harbour be cut off"))
                .extracting(StoryComparison.DiffOp::change, StoryComparison.DiffOp::text)
                .containsExactly(tuple(Change.SAME, "we will"), tuple(Change.DELETED, "not"), tuple(Change.INSERTED, "never"),
                        tuple(Change.SAME, "let the harbour be cut off"));
    }
}
