package dev.parallax.article;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads articles the way pages and the API show them. */
@Component
@Transactional(readOnly = true)
public class ArticleCatalog {

    private final ArticleRepository articles;

    ArticleCatalog(ArticleRepository articles) {
        this.articles = articles;
    }

    public List<ArticleSummary> all() {
        return articles.findAllSummaries();
    }

    public List<ArticleSummary> latest(int count) {
        return articles.findLatestSummaries(PageRequest.of(0, count));
    }

    public ArticleDetail detail(long id) {
        return articles.findWithBlocksById(id).map(ArticleDetail::of).orElseThrow(() -> new ArticleNotFoundException(id));
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

    public String rawText(long id) {
        return articles.findRawTextById(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
