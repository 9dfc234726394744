package dev.parallax.search;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private static final String VIEW_RESULTS = "search/results";

    private final CoverageSearch search;

    SearchController(CoverageSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String page,
                  @RequestParam(required = false) String source, Model model, HttpServletResponse response) {
        model.addAttribute("q", q);
        if (q.isBlank()) {
            return VIEW_RESULTS; // the empty search form
        }
        try {
            int pageNumber = parsePage(page);
            model.addAttribute("results", search.search(new CoverageSearch.Request(q, pageNumber, 10, source)));
        } catch (SearchRefusedException | SearchUnavailableException refused) {
            response.setStatus(refused instanceof SearchRefusedException ? 400 : 503);
            model.addAttribute("problem", refused.getMessage());
        }
        return VIEW_RESULTS;
    }

    private static int parsePage(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new SearchRefusedException("“%s” is not a page number.".formatted(page.length() > 20 ? page.substring(0, 20) + "…" : page));
        }
    }
}
