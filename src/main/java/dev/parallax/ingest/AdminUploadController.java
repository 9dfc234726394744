package dev.parallax.ingest;

import dev.parallax.fetch.FetchException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The admin's page for adding articles: give a page's address, paste a text or upload files, then read what became of each. */
@Controller
class AdminUploadController {

    private static final String VIEW_UPLOAD = "admin/upload";

    private final ArticleIngestion ingestion;
    private final AddressIngestion addresses;

    AdminUploadController(ArticleIngestion ingestion, AddressIngestion addresses) {
        this.ingestion = ingestion;
        this.addresses = addresses;
    }

    @GetMapping("/admin/upload")
    String form() {
        return VIEW_UPLOAD;
    }

    @PostMapping("/admin/upload")
    String upload(@RequestParam(required = false) String url, @RequestParam(required = false) String text,
                  @RequestParam(required = false) String name,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
        List<FolderIngestion.FileOutcome> report = new ArrayList<>();
        if (url != null && !url.isBlank()) {
            report.add(fetch(url.strip()));
        }
        if (text != null && !text.isBlank()) {
            String origin = name == null || name.isBlank() ? "pasted text" : name.strip();
            report.add(ingest(origin, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue; // the file field was left empty
            }
            report.add(ingestFile(file));
        }
        model.addAttribute("report", report);
        model.addAttribute("nothing", report.isEmpty());
        return VIEW_UPLOAD;
    }

    private FolderIngestion.FileOutcome fetch(String url) {
        try {
            return new FolderIngestion.FileOutcome(url, addresses.ingest(url), null);
        } catch (IngestionRefusedException | FetchException refused) {
            return new FolderIngestion.FileOutcome(url, null, refused.getMessage());
        }
    }

    private FolderIngestion.FileOutcome ingestFile(MultipartFile file) {
        String origin = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        if (file.getSize() > ingestion.maxArticleBytes()) {
            return new FolderIngestion.FileOutcome(origin, null, "The file is %s; the limit is %s."
                    .formatted(DocumentDecoder.humanSize(file.getSize()), DocumentDecoder.humanSize(ingestion.maxArticleBytes())));
        }
        try {
            return ingest(origin, file.getBytes());
        } catch (IOException unreadable) {
            return new FolderIngestion.FileOutcome(origin, null, "The upload could not be read; please try again.");
        }
    }

    private FolderIngestion.FileOutcome ingest(String origin, byte[] bytes) {
        try {
            return new FolderIngestion.FileOutcome(origin, ingestion.ingest(new IncomingDocument(origin, bytes)), null);
        } catch (IngestionRefusedException refused) {
            return new FolderIngestion.FileOutcome(origin, null, refused.getMessage());
        }
    }
}
