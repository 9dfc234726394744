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

    public String rawText(long id) {
        return articles.findRawTextById(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
