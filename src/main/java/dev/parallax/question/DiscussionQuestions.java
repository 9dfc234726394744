package dev.parallax.question;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleDetail;
import dev.parallax.article.BlockKind;
import dev.parallax.compare.StoryComparison;
import dev.parallax.compare.StoryComparisons;
import dev.parallax.story.StoryCatalog;
import dev.parallax.text.ContentWords;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The questions of each story: those its articles pose, in their order, then those its comparison raises. Kept
 * as long as the story's comparison is the same.
 */
@Service
public class DiscussionQuestions {

    private static final int EVIDENCE_PER_QUESTION = 3;
    private static final int MIN_SHARED_WORDS = 2;
    static final int STORIES_PER_PAGE = 10;

    private final StoryCatalog stories;
    private final StoryComparisons comparisons;
    private final ArticleCatalog articles;
    private final QuestionComposer composer = new QuestionComposer();
    /** By story id, with the comparison they were composed from; bounded, so a crawler cannot fill the heap. */
    private final Cache<Long, Cached> cache = Caffeine.newBuilder().maximumSize(256).build();

    private record Cached(StoryComparison comparison, List<Question> questions) {
    }

    DiscussionQuestions(StoryCatalog stories, StoryComparisons comparisons, ArticleCatalog articles) {
        this.stories = stories;
        this.comparisons = comparisons;
        this.articles = articles;
    }

    /** The questions of one story, SOURCE ones first; throws StoryNotFoundException for an unknown story. */
    public List<Question> ofStory(long storyId) {
        return questionsOf(comparisons.of(storyId));
    }

    private List<Question> questionsOf(StoryComparison comparison) {
        long storyId = comparison.storyId();
        Cached cached = cache.getIfPresent(storyId);
        if (cached != null && cached.comparison() == comparison) {
            return cached.questions();
        }
        List<ArticleDetail> details = articles.details(comparison.articles().stream().map(StoryComparison.ArticleRef::id).toList());
        List<Question> questions = new ArrayList<>(posedBy(storyId, details));
        questions.addAll(composer.compose(comparison, details));
        cache.put(storyId, new Cached(comparison, List.copyOf(questions)));
        return List.copyOf(questions);
    }

    /**
     * The stories of one page, newest first, with their questions (optionally of one origin); stories without
     * such questions are left out. A page at a time: each story's questions rest on its whole comparison.
     */
    public QuestionPage page(Question.Origin origin, int page) {
        int shownPage = Math.max(0, page);
        List<StoryQuestions> shown = new ArrayList<>();
        for (long storyId : stories.newestIds(shownPage, STORIES_PER_PAGE)) {
            StoryQuestions story = ofStory(storyId, origin);
            if (!story.questions().isEmpty()) {
                shown.add(story);
            }
        }
        long pages = Math.max(1, (stories.count() + STORIES_PER_PAGE - 1) / STORIES_PER_PAGE);
        return new QuestionPage(shown, shownPage, shownPage + 1 < pages);
    }

    /** One story's questions, as the page shows it. */
    public StoryQuestions ofStory(long storyId, Question.Origin origin) {
        StoryComparison comparison = comparisons.of(storyId);
        return new StoryQuestions(storyId, comparison.title(),
                questionsOf(comparison).stream().filter(question -> origin == null || question.origin() == origin).toList());
    }

    /** One story's title and questions, for the page. */
    public record StoryQuestions(long storyId, String title, List<Question> questions) {
    }

    /** Some stories' questions, and whether more stories follow. */
    public record QuestionPage(List<StoryQuestions> stories, int page, boolean hasNext) {
    }

    /** The questions the articles put to their readers, each with the passages of the story it is about. */
    private static List<Question> posedBy(long storyId, List<ArticleDetail> details) {
        List<ArticleDetail.BlockView> paragraphs = new ArrayList<>();
        List<Long> paragraphArticles = new ArrayList<>();
        for (ArticleDetail article : details) {
            for (ArticleDetail.BlockView block : article.blocks()) {
                if (block.kind() == BlockKind.PARAGRAPH) {
                    paragraphs.add(block);
                    paragraphArticles.add(article.summary().id());
                }
            }
        }
        List<Set<String>> paragraphWords = paragraphs.stream().map(block -> ContentWords.setOf(block.text())).toList();
        List<Question> questions = new ArrayList<>();
        for (ArticleDetail article : details) {
            for (ArticleDetail.BlockView block : article.questions()) {
                Set<String> asked = ContentWords.setOf(block.text());
                List<Integer> related = new ArrayList<>();
                for (int i = 0; i < paragraphs.size(); i++) {
                    if (shared(asked, paragraphWords.get(i)) >= MIN_SHARED_WORDS) {
                        related.add(i);
                    }
                }
                List<Question.Evidence> evidence = related.stream()
                        .sorted(Comparator.comparingInt((Integer i) -> -shared(asked, paragraphWords.get(i))))
                        .limit(EVIDENCE_PER_QUESTION)
                        .map(i -> new Question.Evidence(paragraphArticles.get(i), paragraphs.get(i).index(), paragraphs.get(i).text()))
                        .toList();
                questions.add(new Question(Question.idOf(storyId, Question.Origin.SOURCE, article.summary().id() + ":" + block.text()),
                        block.text(), Question.Origin.SOURCE, storyId, article.summary().id(), "posed", evidence));
            }
        }
        return questions;
    }

    private static int shared(Set<String> one, Set<String> other) {
        int count = 0;
        for (String word : one) {
            if (other.contains(word)) {
                count++;
            }
        }
        return count;
    }
}
