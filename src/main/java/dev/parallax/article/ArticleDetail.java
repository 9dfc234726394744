package dev.parallax.article;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An article with its blocks in reading order, for the article page and GET /api/articles/{id}.
 *
 * @param publishedOn the day the outlet published it, as it dated it
 * @param author      the byline, when the source gave one
 * @param language    the language tag the source gave, such as en or en-GB
 * @param extraction  how its text was taken from what arrived (TEXT, FRONT_MATTER, JSON_LD, DOM, PLAIN), when known
 */
public record ArticleDetail(@JsonUnwrapped ArticleSummary summary, String publishedOn, String author, String language,
                            String extraction, List<BlockView> blocks) {

    public record BlockView(int index, BlockKind kind, String text) {
    }

    ArticleDetail withStoryId(Long storyId) {
        return new ArticleDetail(summary.withStoryId(storyId), publishedOn, author, language, extraction, blocks);
    }

    public static ArticleDetail of(Article article) {
        return of(ArticleSummary.of(article), article.getPublishedOn(), article.getAuthor(), article.getLanguage(),
                article.getExtraction(), article.getBlocks());
    }

    static ArticleDetail of(ArticleSummary summary, LocalDate publishedOn, String author, String language,
                            String extraction, List<Block> blocks) {
        List<BlockView> views = IntStream.range(0, blocks.size())
                .mapToObj(i -> new BlockView(i, blocks.get(i).getKind(), blocks.get(i).getText()))
                .toList();
        return new ArticleDetail(summary, publishedOn == null ? null : publishedOn.toString(), author, language,
                extraction, views);
    }

    /** A detail with only a summary and blocks, as tests and tools make them. */
    public static ArticleDetail of(ArticleSummary summary, List<BlockView> blocks) {
        return new ArticleDetail(summary, null, null, null, null, blocks);
    }

    /** The opening of the first paragraph, cut at a word before the limit: for descriptions and previews. */
    public String lead(int maxChars) {
        String first = blocks.stream().filter(block -> block.kind() == BlockKind.PARAGRAPH).map(BlockView::text)
                .findFirst().orElse(summary.title());
        if (first.length() <= maxChars) {
            return first;
        }
        int cut = first.lastIndexOf(' ', maxChars - 1);
        return first.substring(0, cut > 0 ? cut : maxChars - 1) + "…";
    }

    /** The discussion questions the article puts to its readers, in order. */
    public List<BlockView> questions() {
        return blocks.stream().filter(block -> block.kind() == BlockKind.QUESTION).toList();
    }

    /** What the article reports, for telling how alike articles are: everything but its questions and links. */
    public String comparableText() {
        return blocks.stream()
                .filter(block -> block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.HEADING
                        || block.kind() == BlockKind.TITLE)
                .map(BlockView::text)
                .collect(Collectors.joining("\n"));
    }
}
