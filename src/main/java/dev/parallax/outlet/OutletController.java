package dev.parallax.outlet;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Comparator;
import java.util.List;

@Controller
class OutletController {

    private static final String VIEW_OUTLETS = "outlets/list";
    private static final String VIEW_OUTLET = "outlets/outlet";
    /** Articles and stories an outlet's page lists; the API gives them all. */
    static final int SHOWN = 100;

    private final Outlets outlets;
    private final ArticleCatalog articles;

    OutletController(Outlets outlets, ArticleCatalog articles) {
        this.outlets = outlets;
        this.articles = articles;
    }

    @GetMapping("/outlets")
    String list(Model model) {
        model.addAttribute("outlets", outlets.all());
        return VIEW_OUTLETS;
    }

    /** The rest of the path, slashes and all: a name such as "AP/Reuters" is addressed with its slash as written. */
    @GetMapping("/outlets/{*source}")
    String outlet(@PathVariable String source, Model model) {
        Outlets.Coverage coverage = outlets.of(OutletNames.fromPath(source));
        List<Long> newest = coverage.detail().articleIds().stream().limit(SHOWN).toList();
        List<ArticleSummary> shown = articles.summaries(newest).stream()
                .sorted(Comparator.comparingInt(article -> newest.indexOf(article.id()))).toList();
        model.addAttribute("outlet", coverage.detail());
        model.addAttribute("view", new OutletPageView(coverage, shown, SHOWN));
        model.addAttribute("description", "What %s covered, and what only it reported.".formatted(coverage.detail().source()));
        return VIEW_OUTLET;
    }
}
