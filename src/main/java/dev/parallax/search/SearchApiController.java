package dev.parallax.search;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchApiController {

    private final CoverageSearch search;

    SearchApiController(CoverageSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SearchResults search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "10") int size, @RequestParam(required = false) String source) {
        return search.search(new CoverageSearch.Request(q, page, size, source));
    }
}
