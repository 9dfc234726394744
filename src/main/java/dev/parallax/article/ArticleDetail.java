package dev.parallax.article;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** An article with its blocks in reading order, for the article page and GET /api/articles/{id}. */
public record ArticleDetail(@JsonUnwrapped ArticleSummary summary, String url, String publishedOn,
                            List<BlockView> blocks) {

    public record BlockView(int index, BlockKind kind, String text) {
    }

    ArticleDetail withStoryId(Long storyId) {
        return new ArticleDetail(summary.withStoryId(storyId), url, publishedOn, blocks);
    }

    public static ArticleDetail of(Article article) {
        return of(ArticleSummary.of(article), article.getUrl(), article.getPublishedOn(), article.getBlocks());
    }

    static ArticleDetail of(ArticleSummary summary, String url, LocalDate publishedOn, List<Block> blocks) {
        List<BlockView> views = IntStream.range(0, blocks.size())
                .mapToObj(i -> new BlockView(i, blocks.get(i).getKind(), blocks.get(i).getText()))
                .toList();
        return new ArticleDetail(summary, url, publishedOn == null ? null : publishedOn.toString(), views);
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
