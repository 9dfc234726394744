package dev.parallax.article;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

    private static final String VIEW_ARTICLE = "articles/article";

    private final ArticleCatalog catalog;
    private final AnalysisFailures failures;

    ArticleController(ArticleCatalog catalog, AnalysisFailures failures) {
        this.catalog = catalog;
        this.failures = failures;
    }

    @GetMapping("/articles/{id}")
    String show(@PathVariable long id, Model model) {
        ArticleDetail article = catalog.detail(id);
        model.addAttribute("article", article);
        model.addAttribute("notAnalysed", failures.of(id).stream().filter(AnalysisFailures.Failure::givenUp).toList());
        model.addAttribute("ogTitle", article.summary().title());
        model.addAttribute("description", article.lead(200));
        return VIEW_ARTICLE;
    }
}
