package dev.parallax.article;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads articles the way pages and the API show them. */
@Component
@Transactional(readOnly = true)
public class ArticleCatalog {

    // Story membership lives in story_article, which the story feature writes; summaries show it.
    private static final String SUMMARIES = """
            select a.id, a.origin, s.name as source, a.title, a.title_derived, sa.story_id, a.word_count
            from article a join source s on s.id = a.source_id left join story_article sa on sa.article_id = a.id
            """;

    private final ArticleRepository articles;
    private final JdbcClient jdbc;

    ArticleCatalog(ArticleRepository articles, JdbcClient jdbc) {
        this.articles = articles;
        this.jdbc = jdbc;
    }

    public List<ArticleSummary> all() {
        return jdbc.sql(SUMMARIES + " order by a.id").query(ArticleSummary.class).list();
    }

    /** The ids of the first articles stored, without anything else. */
    public List<Long> firstIds(int count) {
        return jdbc.sql("select id from article order by id limit :count").param("count", count).query(Long.class).list();
    }

    public List<ArticleSummary> latest(int count) {
        return jdbc.sql(SUMMARIES + " order by a.ingested_at desc, a.id desc limit :count")
                .param("count", count).query(ArticleSummary.class).list();
    }

    /** The summaries of some articles, in id order. */
    public List<ArticleSummary> summaries(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARIES + " where a.id in (:ids) order by a.id").param("ids", ids).query(ArticleSummary.class).list();
    }

    public ArticleDetail detail(long id) {
        ArticleDetail detail = articles.findWithBlocksById(id).map(ArticleDetail::of)
                .orElseThrow(() -> new ArticleNotFoundException(id));
        return detail.withStoryId(jdbc.sql("select story_id from story_article where article_id = :id")
                .param("id", id).query(Long.class).optional().orElse(null));
    }

    public CorpusFingerprint fingerprint() {
        return articles.fingerprint();
    }

    /** The fingerprint of the articles with ids up to the given one. */
    public CorpusFingerprint fingerprintUpTo(long maxId) {
        return articles.fingerprintUpTo(maxId);
    }

    /** The next articles after an id, in id order, with their blocks: for walking the whole corpus in pages. */
    public List<ArticleDetail> detailsAfter(long afterId, int count) {
        List<Long> ids = articles.findIdsAfter(afterId, PageRequest.of(0, count));
        return ids.isEmpty() ? List.of() : articles.findWithBlocksByIdIn(ids).stream().map(ArticleDetail::of).toList();
    }

    /** Several articles with their blocks, in the order of the ids given; unknown ids are skipped. */
    public List<ArticleDetail> details(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, ArticleDetail> byId = new java.util.HashMap<>();
        articles.findWithBlocksByIdIn(ids).forEach(article -> byId.put(article.getId(), ArticleDetail.of(article)));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public String rawText(long id) {
        return articles.findRawTextById(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
