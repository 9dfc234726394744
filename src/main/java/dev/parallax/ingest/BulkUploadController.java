package dev.parallax.ingest;

import dev.parallax.ingest.IngestionRefusedException.Reason;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * POST /api/articles/bulk: many articles in one request, as NDJSON lines {"name", "text"} or as several multipart
 * "file" parts. Each is ingested in its own transaction, so a refused one leaves nothing behind and stops no
 * other; the answer lists what became of each, in order.
 */
@RestController
class BulkUploadController {

    static final String NDJSON = "application/x-ndjson";
    static final int MAX_ARTICLES = 1000;

    /** What became of one input: ADDED, DUPLICATE or REFUSED, with the article's id or the reason. */
    record BulkOutcome(String name, String outcome, Long id, String error) {

        static BulkOutcome of(String name, IngestionOutcome outcome) {
            return new BulkOutcome(name, outcome.created() ? "ADDED" : "DUPLICATE", outcome.article().id(), null);
        }

        static BulkOutcome refused(String name, String reason) {
            return new BulkOutcome(name, "REFUSED", null, reason);
        }
    }

    private final ArticleIngestion ingestion;
    private final ObjectMapper json;

    BulkUploadController(ArticleIngestion ingestion, ObjectMapper json) {
        this.ingestion = ingestion;
        this.json = json;
    }

    @PostMapping(path = "/api/articles/bulk", consumes = NDJSON)
    List<BulkOutcome> lines(HttpServletRequest request) throws IOException {
        long maxRequest = maxRequestBytes();
        if (request.getContentLengthLong() > maxRequest) {
            throw tooLarge();
        }
        List<String> lines = new ArrayList<>();
        long read = 0;
        try (BufferedReader body = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = body.readLine(); line != null; line = body.readLine()) {
                read += line.length() + 1;
                if (read > maxRequest) {
                    throw tooLarge();
                }
                if (!line.isBlank()) {
                    lines.add(line);
                }
                if (lines.size() > MAX_ARTICLES) {
                    throw tooMany();
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IngestionRefusedException(Reason.EMPTY, "Send one JSON object {\"name\": …, \"text\": …} per line.");
        }
        List<BulkOutcome> outcomes = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            outcomes.add(line(i + 1, lines.get(i)));
        }
        return outcomes;
    }

    @PostMapping(path = "/api/articles/bulk", consumes = "multipart/form-data")
    List<BulkOutcome> files(@RequestParam("file") List<MultipartFile> files) throws IOException {
        if (files.size() > MAX_ARTICLES) {
            throw tooMany();
        }
        List<BulkOutcome> outcomes = new ArrayList<>(files.size());
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
            if (file.getSize() > ingestion.maxArticleBytes()) {
                outcomes.add(BulkOutcome.refused(name, tooLargeArticle(file.getSize())));
            } else {
                outcomes.add(ingest(name, file.getBytes()));
            }
        }
        return outcomes;
    }

    private BulkOutcome line(int number, String line) {
        JsonNode entry;
        try {
            entry = json.readTree(line);
        } catch (JacksonException malformed) {
            return BulkOutcome.refused(null, "Line %d is not JSON: send one object {\"name\": …, \"text\": …} per line.".formatted(number));
        }
        String name = entry != null && entry.path("name").isString() ? entry.path("name").asString() : null;
        if (entry == null || !entry.isObject() || !entry.path("text").isString()) {
            return BulkOutcome.refused(name, "Line %d has no \"text\" string.".formatted(number));
        }
        byte[] text = entry.path("text").asString().getBytes(StandardCharsets.UTF_8);
        if (text.length > ingestion.maxArticleBytes()) {
            return BulkOutcome.refused(name, tooLargeArticle(text.length));
        }
        return ingest(name, text);
    }

    private BulkOutcome ingest(String name, byte[] bytes) {
        IncomingDocument document = new IncomingDocument(name, bytes);
        try {
            return BulkOutcome.of(document.origin(), ingestion.ingest(document));
        } catch (IngestionRefusedException refused) {
            return BulkOutcome.refused(document.origin(), refused.getMessage());
        }
    }

    private long maxRequestBytes() {
        // Room for the largest articles, JSON-escaped, but not for an unbounded stream.
        return Math.min(256L << 20, Math.max(32L << 20, ingestion.maxArticleBytes() * 8));
    }

    private String tooLargeArticle(long size) {
        return "The text is %s; the limit is %s.".formatted(DocumentDecoder.humanSize(size),
                DocumentDecoder.humanSize(ingestion.maxArticleBytes()));
    }

    private IngestionRefusedException tooLarge() {
        return new IngestionRefusedException(Reason.TOO_LARGE, "A bulk request is limited to %s; send the articles in several requests."
                .formatted(DocumentDecoder.humanSize(maxRequestBytes())));
    }

    private static IngestionRefusedException tooMany() {
        return new IngestionRefusedException(Reason.TOO_LARGE, "A bulk request is limited to %d articles; send them in several requests."
                .formatted(MAX_ARTICLES));
    }
}
