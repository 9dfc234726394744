package dev.parallax.ingest;

/** What a header or an HTML page says about an article; any field may be missing. */
record ArticleMetadata(String title, String source, String url, PublishedTime published, String author,
                       String language) {

    static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null, null);
}
