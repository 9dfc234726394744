package dev.parallax.ingest;

import dev.parallax.article.ArticleSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** POST /api/articles/by-url: an admin adds the article at a web address. */
@RestController
class ArticleAddressController {

    /** The request: the page's address. */
    record ByAddress(String url) {
    }

    private final AddressIngestion addresses;

    ArticleAddressController(AddressIngestion addresses) {
        this.addresses = addresses;
    }

    @PostMapping(path = "/api/articles/by-url", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleSummary> add(@RequestBody ByAddress request) {
        IngestionOutcome outcome = addresses.ingest(request.url());
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.article());
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/articles/" + outcome.article().id()))
                .body(outcome.article());
    }
}
