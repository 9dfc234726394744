package dev.parallax.ingest;

import java.time.LocalDate;

/** What a header or an HTML page says about an article; any field may be missing. */
record ArticleMetadata(String title, String source, String url, LocalDate published) {

    static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);
}
