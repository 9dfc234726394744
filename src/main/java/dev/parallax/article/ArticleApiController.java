package dev.parallax.article;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
class ArticleApiController {

    private static final MediaType TEXT_UTF8 = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final ArticleCatalog catalog;

    ArticleApiController(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/articles")
    List<ArticleSummary> list() {
        return catalog.all();
    }

    @GetMapping("/api/articles/{id}")
    ArticleDetail show(@PathVariable long id) {
        return catalog.detail(id);
    }

    /** The text as it was ingested, byte for byte. */
    @GetMapping("/api/articles/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable long id) {
        return ResponseEntity.ok().contentType(TEXT_UTF8).body(catalog.rawText(id).getBytes(StandardCharsets.UTF_8));
    }
}
