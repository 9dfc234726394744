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
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

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
        List<Entry> entries = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            entries.add(line(i + 1, lines.get(i)));
        }
        return ingest(entries);
    }

    @PostMapping(path = "/api/articles/bulk", consumes = "multipart/form-data")
    List<BulkOutcome> files(@RequestParam("file") List<MultipartFile> files) throws IOException {
        if (files.size() > MAX_ARTICLES) {
            throw tooMany();
        }
        List<Entry> entries = new ArrayList<>(files.size());
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
            entries.add(file.getSize() > ingestion.maxArticleBytes()
                    ? Entry.refused(BulkOutcome.refused(name, tooLargeArticle(file.getSize())))
                    : Entry.of(new IncomingDocument(name, file.getBytes())));
        }
        return ingest(entries);
    }

    /** One input of a request: a text to ingest, or what was wrong with it before it could be read. */
    private record Entry(IncomingDocument document, BulkOutcome refused) {

        static Entry of(IncomingDocument document) {
            return new Entry(document, null);
        }

        static Entry refused(BulkOutcome refused) {
            return new Entry(null, refused);
        }
    }

    private Entry line(int number, String line) {
        JsonNode entry;
        try {
            entry = json.readTree(line);
        } catch (JacksonException malformed) {
            return Entry.refused(BulkOutcome.refused(null,
                    "Line %d is not JSON: send one object {\"name\": …, \"text\": …} per line.".formatted(number)));
        }
        String name = entry != null && entry.path("name").isString() ? entry.path("name").asString() : null;
        if (entry == null || !entry.isObject() || !entry.path("text").isString()) {
            return Entry.refused(BulkOutcome.refused(name, "Line %d has no \"text\" string.".formatted(number)));
        }
        byte[] text = entry.path("text").asString().getBytes(StandardCharsets.UTF_8);
        if (text.length > ingestion.maxArticleBytes()) {
            return Entry.refused(BulkOutcome.refused(name, tooLargeArticle(text.length)));
        }
        return Entry.of(new IncomingDocument(name, text));
    }

    /** Ingests the readable entries together, each in its own transaction, and answers for every entry in order. */
    private List<BulkOutcome> ingest(List<Entry> entries) {
        List<IncomingDocument> documents = entries.stream().map(Entry::document).filter(Objects::nonNull).toList();
        Iterator<ArticleIngestion.Result> results = ingestion.ingestAll(documents).iterator();
        List<BulkOutcome> outcomes = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            if (entry.refused() != null) {
                outcomes.add(entry.refused());
                continue;
            }
            ArticleIngestion.Result result = results.next();
            String name = entry.document().origin();
            outcomes.add(result.refusal() != null ? BulkOutcome.refused(name, result.refusal().getMessage())
                    : BulkOutcome.of(name, result.outcome()));
        }
        return outcomes;
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
