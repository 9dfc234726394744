package dev.parallax.ingest;

import dev.parallax.article.ArticleSummary;
import dev.parallax.ingest.IngestionRefusedException.Reason;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/** POST /api/articles: an admin ingests one article, as a multipart file or a text/plain body. */
@RestController
class ArticleUploadController {

    private final ArticleIngestion ingestion;

    ArticleUploadController(ArticleIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @PostMapping(path = "/api/articles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ArticleSummary> upload(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.getSize() > ingestion.maxArticleBytes()) {
            throw tooLarge(file.getSize());
        }
        return answer(ingestion.ingest(new IncomingDocument(file.getOriginalFilename(), file.getBytes())));
    }

    @PostMapping(path = "/api/articles", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<ArticleSummary> paste(@RequestParam(required = false) String name, HttpServletRequest request)
            throws IOException {
        long limit = ingestion.maxArticleBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(request.getContentLengthLong());
        }
        try (InputStream body = request.getInputStream()) {
            // One byte past the limit is enough to know the text is too large.
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return answer(ingestion.ingest(new IncomingDocument(name, bytes)));
        }
    }

    private IngestionRefusedException tooLarge(long size) {
        return new IngestionRefusedException(Reason.TOO_LARGE, "The text is %s; the limit is %s."
                .formatted(DocumentDecoder.humanSize(size), DocumentDecoder.humanSize(ingestion.maxArticleBytes())));
    }

    private static ResponseEntity<ArticleSummary> answer(IngestionOutcome outcome) {
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.article());
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/articles/" + outcome.article().id()))
                .body(outcome.article());
    }
}
